package io.hichat.model.user;

import java.util.List;

/**
 * U12: nickname fuzzy ({@code name}, paged by {@code page} from 1 and {@code size}), or exact by
 * {@code phone}, {@code email} or {@code ids}.
 */
public record UserSearchQuery(
    String name, String phone, String email, List<String> ids, Integer page, Integer size) {}
