-- Friends (SEED-SPEC §4.1, social domain): friendships, friend requests, per-user receipts of
-- requests (shared with groups later), reports, and blocks that outlive a friendship.
-- User ids are users.id; there are no foreign keys, so deleting an account never waits on these.

-- One row per direction: (user_id, friend_uid) holds user_id's settings for friend_uid.
CREATE TABLE friends (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  user_id            BIGINT       NOT NULL,
  friend_uid         BIGINT       NOT NULL,
  remark             VARCHAR(64)  NOT NULL DEFAULT '',
  add_source         TINYINT      NOT NULL DEFAULT 0 COMMENT '0 unknown, 1 search, 2 group, 3 QR',
  blacklisted        TINYINT(1)   NOT NULL DEFAULT 0,
  moments_permission TINYINT      NOT NULL DEFAULT 0 COMMENT '0 allow, 1 chat only, 2 hide my moments',
  notify_enabled     TINYINT(1)   NOT NULL DEFAULT 1,
  pinned             TINYINT(1)   NOT NULL DEFAULT 0,
  muted              TINYINT(1)   NOT NULL DEFAULT 0,
  friend_tags        TEXT         NULL COMMENT 'JSON array of strings',
  created_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_friends_pair (user_id, friend_uid),
  KEY idx_friends_friend (friend_uid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- user_id is the applicant, req_uid the target. active_key = 'friend:<user_id>:<req_uid>' while
-- pending, NULL once handled: at most one pending request per direction.
CREATE TABLE friend_requests (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  user_id         BIGINT       NOT NULL,
  req_uid         BIGINT       NOT NULL,
  req_msg         VARCHAR(255) NOT NULL DEFAULT '',
  req_time        TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  handle_result   TINYINT      NOT NULL DEFAULT 0 COMMENT '0 pending, 1 accepted, 2 rejected, 3 ignored',
  handle_msg      VARCHAR(255) NOT NULL DEFAULT '',
  handled_at      TIMESTAMP(3) NULL,
  remark          VARCHAR(64)  NOT NULL DEFAULT '' COMMENT 'the applicant''s preset remark for the target',
  active_key      VARCHAR(160) NULL,
  sender_hidden   TINYINT(1)   NOT NULL DEFAULT 0 COMMENT 'hidden from the applicant''s lists',
  receiver_hidden TINYINT(1)   NOT NULL DEFAULT 0 COMMENT 'hidden from the target''s lists',
  created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_friend_requests_active (active_key),
  KEY idx_friend_requests_sent (user_id, sender_hidden, id),
  KEY idx_friend_requests_received (req_uid, receiver_hidden, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each user has (not) read of the requests that concern them: an 'apply' receipt for the
-- receiver of a request, a 'result' receipt for the applicant once it is answered.
CREATE TABLE social_request_receipts (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  request_type  VARCHAR(16)  NOT NULL COMMENT 'friend, group, group_invite',
  request_id    BIGINT       NOT NULL,
  receiver_id   BIGINT       NOT NULL,
  receipt_kind  VARCHAR(16)  NOT NULL COMMENT 'apply, result, invite',
  is_read       TINYINT(1)   NOT NULL DEFAULT 0,
  is_actionable TINYINT(1)   NOT NULL DEFAULT 0,
  result        TINYINT      NOT NULL DEFAULT 0,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  read_at       TIMESTAMP(3) NULL,
  resolved_at   TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_receipts (request_type, request_id, receiver_id, receipt_kind),
  KEY idx_receipts_unread (receiver_id, request_type, is_read, receipt_kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE friend_reports (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  reporter_uid BIGINT       NOT NULL,
  target_uid   BIGINT       NOT NULL,
  reason       VARCHAR(512) NOT NULL DEFAULT '',
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_friend_reports_target (target_uid, created_at),
  KEY idx_friend_reports_reporter (reporter_uid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- user_id blocked blocked_uid (S9). Kept when the friendship ends, so that a blocked user cannot
-- ask again; lifted by unblocking, or by user_id sending blocked_uid a friend request.
CREATE TABLE friend_blocks (
  user_id     BIGINT       NOT NULL,
  blocked_uid BIGINT       NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (user_id, blocked_uid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
