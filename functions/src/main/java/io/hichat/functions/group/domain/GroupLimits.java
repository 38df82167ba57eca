package io.hichat.functions.group.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Group limits ({@code hichat.groups.*}; {@code application.properties} reads {@code
 * HICHAT_GROUPS_DEFAULT_MEMBER_LIMIT}).
 *
 * @param defaultMemberLimit the member limit a new group gets; each group keeps its own in {@code
 *     groups.member_limit}, which an operator may change per group
 */
@ConfigurationProperties("hichat.groups")
public record GroupLimits(@DefaultValue("10000") int defaultMemberLimit) {

  public GroupLimits {
    if (defaultMemberLimit < 2) {
      throw new IllegalStateException("hichat.groups.default-member-limit must be at least 2");
    }
  }
}
