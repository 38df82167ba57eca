-- The notification center (SEED-SPEC §4.1 notifications, §5.4): one row per (receiver, type, bizId),
-- plus the read intents that cover notifications arriving after a mark-read call.

CREATE TABLE notifications (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  receiver_id BIGINT       NOT NULL,
  notify_type VARCHAR(64)  NOT NULL,
  biz_id      VARCHAR(128) NOT NULL,
  actor_id    BIGINT       NULL,
  group_id    BIGINT       NULL,
  title       VARCHAR(255) NOT NULL DEFAULT '',
  content     VARCHAR(512) NOT NULL DEFAULT '',
  payload     TEXT         NULL,
  is_read     TINYINT      NOT NULL DEFAULT 0,
  event_id    VARCHAR(64)  NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  read_at     TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_notifications_receiver_type_biz (receiver_id, notify_type, biz_id),
  KEY idx_notifications_receiver_read (receiver_id, is_read, id),
  KEY idx_notifications_receiver_id (receiver_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "mark {type, bizId} read" for a notification that has not arrived yet
CREATE TABLE notification_read_intents (
  receiver_id BIGINT       NOT NULL,
  notify_type VARCHAR(64)  NOT NULL,
  biz_id      VARCHAR(128) NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (receiver_id, notify_type, biz_id),
  KEY idx_read_intents_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "mark everything read": notifications for events that happened before read_before arrive read
CREATE TABLE notification_read_marks (
  receiver_id BIGINT       NOT NULL,
  read_before TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (receiver_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
