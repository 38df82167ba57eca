package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.bson.Document;

/** An index that can hand out a query's positions in the order of one of its keys. */
interface OrderedIndex {

  /**
   * The positions of the documents the query can match, sorted by {@code field} (descending if
   * asked), read lazily; null when this index cannot give that order for this query.
   */
  Iterable<Object> orderedPositions(Document query, String field, boolean descending);
}
