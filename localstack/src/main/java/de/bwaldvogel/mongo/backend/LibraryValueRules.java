package de.bwaldvogel.mongo.backend;

/**
 * Two of mongo-java-server's own value rules, which it keeps package-private, made callable by the
 * stand-in's update path ({@code io.hichat.localstack.mongo.SimpleUpdate}) so that path decides
 * exactly as the library's updates do. It lives in the library's package for that reason only and
 * adds no behaviour of its own.
 */
public final class LibraryValueRules {

  private LibraryValueRules() {}

  /**
   * Whether {@code $set} of {@code b} over {@code a} leaves the value as it is (null = missing).
   */
  public static boolean sameValue(Object a, Object b) {
    return Utils.nullAwareEquals(a, b);
  }

  /** The order of the two values' BSON types (negative: {@code a}'s type sorts first). */
  public static int compareTypes(Object a, Object b) {
    return ValueComparator.compareTypes(a, b);
  }
}
