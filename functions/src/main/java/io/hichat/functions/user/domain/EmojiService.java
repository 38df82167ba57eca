package io.hichat.functions.user.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.user.store.EmojiStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.api.PageQuery;
import io.hichat.model.api.PageResult;
import io.hichat.model.user.EmojiAddRequest;
import io.hichat.model.user.EmojiItem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * A user's custom stickers (U18–U20): images referenced by URL, newest first, at most {@link
 * #MAX_STICKERS} per user.
 */
@Service
public class EmojiService {

  public static final int MAX_STICKERS = 300;

  static final List<String> FILE_TYPES = List.of("image", "gif", "sticker");
  static final String DEFAULT_FILE_TYPE = "image";
  static final int MAX_URL = 500;
  static final int MAX_NAME = 100;
  static final int MAX_DIMENSION = 10_000;
  static final int MAX_PAGE = 10_000;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 20;

  private final EmojiStore store;

  public EmojiService(EmojiStore store) {
    this.store = store;
  }

  /**
   * @return the new sticker's id
   * @throws DomainException {@link ErrorCode#CONFLICT} when the user already has the maximum
   */
  public long add(long userId, EmojiAddRequest request) {
    EmojiStore.Draft draft = draft(request);
    return store
        .insertIfBelow(userId, draft, MAX_STICKERS)
        .orElseThrow(
            () ->
                new DomainException(
                    ErrorCode.CONFLICT,
                    "sticker limit reached: at most "
                        + MAX_STICKERS
                        + " stickers per user; delete one to add another"));
  }

  public PageResult<EmojiItem> list(long userId, PageQuery query) {
    int page = Check.range(query.page(), 1, MAX_PAGE, 1, "page");
    int size = Check.range(query.pageSize(), 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "pageSize");
    return new PageResult<>(store.list(userId, (page - 1) * size, size), store.count(userId));
  }

  /**
   * @throws DomainException {@link ErrorCode#EMOJI_NOT_FOUND} unless the caller owns the id
   */
  public void delete(long userId, Long id) {
    if (!store.delete(userId, positiveId(id))) {
      throw new DomainException(ErrorCode.EMOJI_NOT_FOUND);
    }
  }

  /** Checks a new sticker and fills in the defaults; nothing is written before this passes. */
  static EmojiStore.Draft draft(EmojiAddRequest r) {
    String url = webUrl(Check.required(r.url(), "url"), "url");
    String thumbnail = r.thumbnail() == null || r.thumbnail().isBlank() ? "" : r.thumbnail();
    if (!thumbnail.isEmpty()) {
      webUrl(thumbnail, "thumbnail");
    }
    long size = r.size() == null ? 0 : r.size();
    if (size < 0) {
      throw Check.bad("size must not be negative");
    }
    String fileType =
        r.fileType() == null || r.fileType().isBlank()
            ? DEFAULT_FILE_TYPE
            : Check.oneOf(r.fileType(), FILE_TYPES, "fileType");
    String name = Check.maxLength(r.name(), MAX_NAME, "name");
    return new EmojiStore.Draft(
        url,
        name == null ? "" : name,
        thumbnail,
        Check.range(r.width(), 0, MAX_DIMENSION, 0, "width"),
        Check.range(r.height(), 0, MAX_DIMENSION, 0, "height"),
        size,
        fileType);
  }

  /** An absolute http(s) URL with a host, of at most {@link #MAX_URL} characters. */
  static String webUrl(String value, String field) {
    Check.maxLength(value, MAX_URL, field);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank()) {
        return value;
      }
    } catch (URISyntaxException e) {
      // answered below
    }
    throw Check.bad(field + " must be an http or https URL");
  }

  private static long positiveId(Long id) {
    Check.required(id, "id");
    if (id <= 0) {
      throw Check.bad("id must be positive");
    }
    return id;
  }
}
