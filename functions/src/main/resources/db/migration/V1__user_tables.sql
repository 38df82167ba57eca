-- Accounts (SEED-SPEC §4.1, user domain). utf8mb4 throughout; times are UTC with milliseconds.

CREATE TABLE users (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  avatar        VARCHAR(255) NOT NULL DEFAULT '',
  nickname      VARCHAR(64)  NOT NULL,
  phone         VARCHAR(20)  NOT NULL,
  email         VARCHAR(255) NULL,
  type          TINYINT      NOT NULL DEFAULT 0 COMMENT '0 user, 1 admin',
  last_login    TIMESTAMP(3) NULL,
  password      VARCHAR(255) NOT NULL COMMENT 'bcrypt hash',
  status        TINYINT      NOT NULL DEFAULT 1 COMMENT '0 disabled, 1 normal',
  sex           TINYINT      NOT NULL DEFAULT 0 COMMENT '0 unknown, 1 male, 2 female',
  introduction  VARCHAR(100) NOT NULL DEFAULT '',
  region        VARCHAR(100) NOT NULL DEFAULT '',
  occupation    VARCHAR(100) NOT NULL DEFAULT '',
  tags          TEXT         NULL COMMENT 'JSON array',
  moments_cover VARCHAR(255) NOT NULL DEFAULT '',
  token_version INT          NOT NULL DEFAULT 0 COMMENT 'bumped to revoke every token issued before',
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_users_phone (phone),
  UNIQUE KEY uk_users_email (email),
  KEY idx_users_nickname (nickname)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_settings (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    BIGINT       NOT NULL,
  settings   JSON         NOT NULL,
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_user_settings_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE favorites (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    BIGINT       NOT NULL,
  type       VARCHAR(20)  NOT NULL DEFAULT 'text',
  title      VARCHAR(255) NOT NULL DEFAULT '',
  content    TEXT         NOT NULL,
  source     VARCHAR(20)  NOT NULL DEFAULT '',
  source_id  VARCHAR(64)  NOT NULL DEFAULT '',
  tags       VARCHAR(500) NOT NULL DEFAULT '',
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_favorites_user (user_id, id),
  KEY idx_favorites_user_type (user_id, type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_emojis (
  id         BIGINT          NOT NULL AUTO_INCREMENT,
  user_id    BIGINT          NOT NULL,
  url        VARCHAR(500)    NOT NULL,
  name       VARCHAR(100)    NOT NULL DEFAULT '',
  thumbnail  VARCHAR(500)    NOT NULL DEFAULT '',
  width      INT UNSIGNED    NOT NULL DEFAULT 0,
  height     INT UNSIGNED    NOT NULL DEFAULT 0,
  size       BIGINT UNSIGNED NOT NULL DEFAULT 0,
  file_type  VARCHAR(20)     NOT NULL DEFAULT 'image',
  sort_order INT             NOT NULL DEFAULT 0,
  created_at TIMESTAMP(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_user_emojis_user (user_id),
  KEY idx_user_emojis_user_sort (user_id, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE system_settings (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  key_name   VARCHAR(100) NOT NULL,
  value      TEXT         NULL,
  remark     VARCHAR(255) NOT NULL DEFAULT '',
  created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_system_settings_key (key_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO system_settings (key_name, value, remark) VALUES
  ('readReceiptEnabled', 'true', 'read receipts on for everyone unless switched off here');
