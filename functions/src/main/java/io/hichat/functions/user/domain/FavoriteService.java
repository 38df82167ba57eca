package io.hichat.functions.user.domain;

import io.hichat.functions.common.Check;
import io.hichat.functions.common.DomainException;
import io.hichat.functions.user.store.FavoriteStore;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.api.PageResult;
import io.hichat.model.user.FavoriteAddRequest;
import io.hichat.model.user.FavoriteItem;
import io.hichat.model.user.FavoriteQuery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Service;

/** A user's favorites (U14–U16): saved messages, links, notes and files, private to the owner. */
@Service
public class FavoriteService {

  static final List<String> TYPES =
      List.of("text", "image", "link", "file", "video", "location", "note");
  static final List<String> SOURCES = List.of("chat", "moment", "manual");
  static final String DEFAULT_TYPE = "text";

  /** The {@code content} column is a TEXT: at most 65,535 bytes of UTF-8. */
  static final int MAX_CONTENT_BYTES = 65_535;

  static final int MAX_TITLE = 255;
  static final int MAX_SOURCE_ID = 64;
  static final int MAX_TAGS = 500;
  static final int MAX_KEYWORD = 100;
  static final int MAX_PAGE = 10_000;
  static final int MAX_PAGE_SIZE = 100;
  static final int DEFAULT_PAGE_SIZE = 20;

  private final FavoriteStore store;

  public FavoriteService(FavoriteStore store) {
    this.store = store;
  }

  /**
   * @return the new favorite's id
   */
  public long add(long userId, FavoriteAddRequest request) {
    return store.insert(userId, draft(request));
  }

  /** The owner's favorites, newest first, optionally of one type and containing a keyword. */
  public PageResult<FavoriteItem> list(long userId, FavoriteQuery query) {
    FavoriteStore.Filter filter = filter(query);
    int page = Check.range(query.page(), 1, MAX_PAGE, 1, "page");
    int size = Check.range(query.pageSize(), 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, "pageSize");
    List<FavoriteItem> items = store.list(userId, filter, (page - 1) * size, size);
    return new PageResult<>(items, store.count(userId, filter));
  }

  /**
   * @throws DomainException {@link ErrorCode#FAVORITE_NOT_FOUND} unless the caller owns the id
   */
  public void delete(long userId, Long id) {
    if (!store.delete(userId, positiveId(id))) {
      throw new DomainException(ErrorCode.FAVORITE_NOT_FOUND);
    }
  }

  /** Checks a new favorite and fills in the defaults; nothing is written before this passes. */
  static FavoriteStore.Draft draft(FavoriteAddRequest r) {
    String type = isBlank(r.type()) ? DEFAULT_TYPE : Check.oneOf(r.type(), TYPES, "type");
    String content = Check.required(r.content(), "content");
    if (content.getBytes(StandardCharsets.UTF_8).length > MAX_CONTENT_BYTES) {
      throw Check.bad("content must be at most " + MAX_CONTENT_BYTES + " bytes of UTF-8");
    }
    String source = isBlank(r.source()) ? "" : Check.oneOf(r.source(), SOURCES, "source");
    String tags = r.tags() == null ? "[]" : Tags.jsonArray(r.tags(), "tags", MAX_TAGS);
    return new FavoriteStore.Draft(
        type,
        orEmpty(Check.maxLength(r.title(), MAX_TITLE, "title")),
        content,
        source,
        orEmpty(Check.maxLength(r.sourceId(), MAX_SOURCE_ID, "sourceId")),
        tags);
  }

  /** Blank filters mean "no filter"; a type filter must name a known type. */
  static FavoriteStore.Filter filter(FavoriteQuery q) {
    String type = isBlank(q.type()) ? null : Check.oneOf(q.type(), TYPES, "type");
    String keyword =
        isBlank(q.keyword()) ? null : Check.maxLength(q.keyword().trim(), MAX_KEYWORD, "keyword");
    return new FavoriteStore.Filter(type, keyword);
  }

  private static long positiveId(Long id) {
    Check.required(id, "id");
    if (id <= 0) {
      throw Check.bad("id must be positive");
    }
    return id;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
