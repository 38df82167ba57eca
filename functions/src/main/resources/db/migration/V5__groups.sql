-- Groups (SEED-SPEC §4.1, social domain; rules in §5.3). Roles: 0 member, 1 admin, 2 owner.
-- Every change of a group's membership first locks its `groups` row (SELECT ... FOR UPDATE), so
-- member_count, the member limit and invite-link uses stay exact under concurrent joins.
-- There are no foreign keys, so deleting an account never waits on these.

CREATE TABLE `groups` (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  name             VARCHAR(255)  NOT NULL,
  icon             VARCHAR(255)  NOT NULL DEFAULT '',
  description      VARCHAR(255)  NOT NULL DEFAULT '',
  status           TINYINT       NOT NULL DEFAULT 0 COMMENT '0 normal, 1 disbanded, 2 banned',
  creator_uid      BIGINT        NOT NULL,
  group_type       INT           NOT NULL DEFAULT 1 COMMENT '1 normal, 2 enterprise, 3 fan',
  is_verify        TINYINT       NOT NULL DEFAULT 0 COMMENT '0 open, 1 approval required',
  notification     VARCHAR(1024) NOT NULL DEFAULT '' COMMENT 'the latest announcement',
  notification_uid BIGINT        NOT NULL DEFAULT 0,
  member_limit     INT           NOT NULL,
  member_count     INT           NOT NULL DEFAULT 0,
  created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_groups_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per member; the member's own settings (nickname others see, private remark) live here.
CREATE TABLE group_members (
  id                  BIGINT       NOT NULL AUTO_INCREMENT,
  group_id            BIGINT       NOT NULL,
  user_id             BIGINT       NOT NULL,
  role_level          TINYINT      NOT NULL DEFAULT 0 COMMENT '0 member, 1 admin, 2 owner',
  join_time           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  join_source         TINYINT      NOT NULL DEFAULT 0 COMMENT '0 created, 1 apply, 2 invite, 3 link',
  inviter_uid         BIGINT       NOT NULL DEFAULT 0,
  operator_uid        BIGINT       NOT NULL DEFAULT 0,
  group_nickname      VARCHAR(64)  NOT NULL DEFAULT '',
  group_remark        VARCHAR(255) NOT NULL DEFAULT '',
  settings_updated_at TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_member (group_id, user_id),
  KEY idx_group_members_user (user_id),
  KEY idx_group_members_role (group_id, role_level)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Applications to join. active_key = 'group:direct:<gid>:<uid>' while a direct application is
-- pending, NULL otherwise: at most one pending direct application per user and group. An
-- application made by accepting a member's invitation names it in source_invitation_id.
CREATE TABLE group_requests (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  group_id             BIGINT       NOT NULL,
  user_id              BIGINT       NOT NULL COMMENT 'the applicant',
  req_msg              VARCHAR(255) NOT NULL DEFAULT '',
  req_time             TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  join_source          TINYINT      NOT NULL COMMENT '1 apply, 2 invite, 3 link',
  source_type          TINYINT      NOT NULL DEFAULT 1 COMMENT '1 direct, 2 member invitation',
  inviter_user_id      BIGINT       NOT NULL DEFAULT 0,
  handle_user_id       BIGINT       NOT NULL DEFAULT 0,
  handle_time          TIMESTAMP(3) NULL,
  handle_result        TINYINT      NOT NULL DEFAULT 0 COMMENT '0 pending, 1 accepted, 2 rejected, 3 invalidated',
  handle_msg           VARCHAR(255) NOT NULL DEFAULT '',
  invalid_reason       VARCHAR(128) NOT NULL DEFAULT '',
  actual_join_source   TINYINT      NOT NULL DEFAULT 0,
  active_key           VARCHAR(160) NULL,
  source_invitation_id BIGINT       NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_group_requests_active (active_key),
  UNIQUE KEY uk_group_requests_invitation (source_invitation_id),
  KEY idx_group_requests_group (group_id, handle_result, id),
  KEY idx_group_requests_user (user_id, group_id, handle_result)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_invitations (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  group_id              BIGINT       NOT NULL,
  inviter_uid           BIGINT       NOT NULL,
  invitee_uid           BIGINT       NOT NULL,
  inviter_role_snapshot TINYINT      NOT NULL,
  message               VARCHAR(255) NOT NULL DEFAULT '',
  status                TINYINT      NOT NULL DEFAULT 0 COMMENT '0 pending, 1 accepted, 2 rejected, 3 invalidated, 4 expired',
  reject_reason         VARCHAR(255) NOT NULL DEFAULT '',
  group_request_id      BIGINT       NULL COMMENT 'the application an accepted member invitation became',
  created_at            TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  handled_at            TIMESTAMP(3) NULL,
  expires_at            TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_group_invitations_invitee (invitee_uid, status, created_at),
  KEY idx_group_invitations_group (group_id, invitee_uid, status),
  KEY idx_group_invitations_inviter (group_id, inviter_uid, status),
  KEY idx_group_invitations_expiry (status, expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_invite_links (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  group_id   BIGINT       NOT NULL,
  token      VARCHAR(64)  NOT NULL,
  created_by BIGINT       NOT NULL,
  expire_at  TIMESTAMP(3) NULL COMMENT 'NULL = never',
  max_uses   INT          NOT NULL DEFAULT 0 COMMENT '0 = unlimited',
  used_count INT          NOT NULL DEFAULT 0,
  revoked    TINYINT(1)   NOT NULL DEFAULT 0,
  revoked_at TIMESTAMP(3) NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_group_invite_links_token (token),
  KEY idx_group_invite_links_group (group_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE group_announcements (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  group_id   BIGINT        NOT NULL,
  content    VARCHAR(1024) NOT NULL,
  created_by BIGINT        NOT NULL,
  created_at TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  pinned     TINYINT(1)    NOT NULL DEFAULT 0,
  pinned_at  TIMESTAMP(3)  NULL,
  deleted    TINYINT(1)    NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_group_announcements_group (group_id, deleted, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Receipts of group requests and invitations (request_type 'group' and 'group_invite') live in
-- social_request_receipts, created by V3 with the friends' receipts.
