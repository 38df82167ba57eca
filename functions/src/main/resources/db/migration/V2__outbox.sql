-- Transactional outbox: events written in the same transaction as the business change they report,
-- published to Kafka right after commit, and re-published by the relay for rows left unsent.
-- The id grows with every event, so it doubles as the version of relation changes.

CREATE TABLE outbox (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  topic         VARCHAR(128) NOT NULL,
  msg_key       VARCHAR(128) NOT NULL,
  payload       LONGTEXT     NOT NULL,
  status        TINYINT      NOT NULL DEFAULT 0 COMMENT '0 pending, 1 sent',
  attempts      INT          NOT NULL DEFAULT 0,
  next_retry_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  last_error    VARCHAR(512) NULL,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  sent_at       TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  KEY idx_outbox_pending (status, next_retry_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
