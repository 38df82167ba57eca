package io.hichat.localstack.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The stand-in's type for stored documents and {@code _id} values: H2's {@link ObjectDataType}, but
 * documents are written as BSON and ObjectIds as their 12 bytes, each behind a tag of its own.
 *
 * <p>H2 writes any class it does not know with Java serialization, which made serializing pages of
 * documents the largest CPU cost of the stand-in under chat load (a page is written again, whole,
 * at each commit that changed one of its documents). BSON is the format the documents arrived in,
 * so nothing a client can store is lost. Whatever BSON cannot hold is still written by H2, and
 * everything H2 wrote before reads as before: files of earlier versions open unchanged. The order
 * of keys is H2's (ObjectIds and strings compare by {@code compareTo} either way).
 */
final class StoredValueType extends ObjectDataType {

  /** Tags H2's {@link ObjectDataType} does not use (it uses 0–19, 32–49 and 64–119). */
  static final byte TAG_BSON_DOCUMENT = 56;

  static final byte TAG_OBJECT_ID = 57;

  private static final int OBJECT_ID_BYTES = 12;

  /** Running average of a document's BSON size, H2's memory estimate for page splits. */
  private volatile int averageDocumentSize = 512;

  @Override
  public int compare(Object a, Object b) {
    // H2's order for these, without creating a type object per comparison
    if (a instanceof ObjectId x && b instanceof ObjectId y) {
      return x.compareTo(y);
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    return super.compare(a, b);
  }

  @Override
  public int getMemory(Object obj) {
    if (obj instanceof Document) {
      return averageDocumentSize;
    }
    if (obj instanceof ObjectId) {
      return 48;
    }
    return super.getMemory(obj);
  }

  @Override
  public void write(WriteBuffer buff, Object obj) {
    if (obj instanceof ObjectId id) {
      buff.put(TAG_OBJECT_ID).put(id.toByteArray());
      return;
    }
    if (obj instanceof Document document) {
      byte[] bson = bson(document);
      if (bson != null) {
        buff.put(TAG_BSON_DOCUMENT).put(bson);
        averageDocumentSize = (bson.length + 15 * averageDocumentSize) / 16;
        return;
      }
    }
    super.write(buff, obj);
  }

  @Override
  public Object read(ByteBuffer buff) {
    byte tag = buff.get(buff.position());
    if (tag == TAG_OBJECT_ID) {
      buff.get();
      byte[] id = new byte[OBJECT_ID_BYTES];
      buff.get(id);
      return new ObjectId(id);
    }
    if (tag == TAG_BSON_DOCUMENT) {
      buff.get();
      int start = buff.position();
      int length = buff.getInt(start); // BSON's leading length is little-endian
      if (buff.order() == ByteOrder.BIG_ENDIAN) {
        length = Integer.reverseBytes(length);
      }
      ByteBuf bson = Unpooled.wrappedBuffer(buff.slice(start, length));
      Document document = BsonDecoder.decodeBson(bson);
      buff.position(start + length);
      return document;
    }
    return super.read(buff);
  }

  /** The document's size as BSON, as MongoDB counts a collection's data size. */
  static int bsonSize(Document document) {
    ByteBuf out = Unpooled.buffer(256);
    try {
      BsonEncoder.encodeDocument(document, out);
      return out.readableBytes();
    } finally {
      out.release();
    }
  }

  /** The document as BSON, or null when it holds a value BSON has no type for. */
  private static byte[] bson(Document document) {
    ByteBuf out = Unpooled.buffer(256);
    try {
      BsonEncoder.encodeDocument(document, out);
      byte[] bytes = new byte[out.readableBytes()];
      out.readBytes(bytes);
      return bytes;
    } catch (RuntimeException e) {
      return null;
    } finally {
      out.release();
    }
  }
}
