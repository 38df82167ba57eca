package io.hichat.functions.media;

import io.hichat.functions.common.DomainException;
import io.hichat.functions.common.RedisKeys;
import io.hichat.functions.config.HichatProperties;
import io.hichat.functions.http.Upload;
import io.hichat.functions.user.domain.UserMedia;
import io.hichat.model.api.ErrorCode;
import io.hichat.model.user.PresignUploadResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * User files in S3: small files arrive in the request and are sniffed before they are stored; large
 * ones are uploaded straight to S3 with a presigned PUT and checked on completion (an object that
 * is not what it claimed is deleted). Keys are {@code <purpose>[/<kind>]/<userId>/<uuid>.<ext>}:
 * favorites and chat media ({@code im}) are filed by kind.
 */
@Service
public class MediaStore implements UserMedia {

  private static final Logger log = LoggerFactory.getLogger(MediaStore.class);
  static final Duration PRESIGN_TTL = Duration.ofMinutes(15);
  private static final int SNIFF_BYTES = 8192;

  private final S3Client s3;
  private final S3Presigner presigner;
  private final RedissonClient redis;
  private final HichatProperties.S3 config;
  private final MediaTypes types;

  public MediaStore(
      S3Client s3, S3Presigner presigner, RedissonClient redis, HichatProperties props, Tika tika) {
    this.s3 = s3;
    this.presigner = presigner;
    this.redis = redis;
    this.config = props.s3();
    this.types = new MediaTypes(tika);
  }

  /** Sniffs, checks (type, and an image's size in pixels) and stores a file from the request. */
  public StoredFile store(long userId, Purpose purpose, Upload upload) {
    if (upload.size() > purpose.maxBytes()) {
      throw new DomainException(ErrorCode.UPLOAD_TOO_LARGE);
    }
    String mediaType = types.sniff(head(upload.bytes()), upload.fileName());
    if (!purpose.accepts(mediaType)) {
      throw new DomainException(
          ErrorCode.UPLOAD_TYPE_REJECTED,
          "a " + purpose.prefix() + " must be an image, not " + mediaType);
    }
    String kind = kind(purpose, mediaType, upload.fileName());
    if (shownAsImage(kind)) {
      ImageSize.check(upload.bytes(), mediaType);
    }
    String key = key(userId, purpose, kind, mediaType, upload.fileName());
    PutObjectRequest.Builder put =
        PutObjectRequest.builder()
            .bucket(config.bucket())
            .key(key)
            .contentType(MediaTypes.servedType(kind, mediaType))
            .contentLength(upload.size());
    if (kind.equals("file")) {
      put.contentDisposition("attachment");
    }
    if (config.publicReadAcl()) {
      put.acl(ObjectCannedACL.PUBLIC_READ);
    }
    s3.putObject(put.build(), RequestBody.fromBytes(upload.bytes()));
    return stored(key, upload.fileName(), upload.size(), mediaType, purpose);
  }

  /** Starts a direct upload of exactly {@code size} bytes of {@code contentType}. */
  public PresignUploadResult presign(
      long userId, Purpose purpose, String fileName, String contentType, long size) {
    if (size <= 0) {
      throw new DomainException(ErrorCode.BAD_REQUEST, "size must be positive");
    }
    if (size > purpose.maxBytes()) {
      throw new DomainException(ErrorCode.UPLOAD_TOO_LARGE);
    }
    String declared = contentType.toLowerCase(java.util.Locale.ROOT).trim();
    if (!purpose.accepts(declared)) {
      throw new DomainException(ErrorCode.UPLOAD_TYPE_REJECTED);
    }
    String kind = kind(purpose, declared, fileName);
    String served = MediaTypes.servedType(kind, declared);
    String key = key(userId, purpose, kind, declared, fileName);
    PutObjectRequest.Builder put =
        PutObjectRequest.builder()
            .bucket(config.bucket())
            .key(key)
            .contentType(served)
            .contentLength(size);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", served);
    if (config.publicReadAcl()) {
      put.acl(ObjectCannedACL.PUBLIC_READ);
      headers.put("x-amz-acl", "public-read");
    }
    var presigned =
        presigner.presignPutObject(
            p -> p.signatureDuration(PRESIGN_TTL).putObjectRequest(put.build()));
    pending(key)
        .set(
            String.join(
                "\n",
                Long.toString(userId),
                purpose.name(),
                Long.toString(size),
                declared,
                fileName),
            RedisKeys.PENDING_UPLOAD_TTL);
    return new PresignUploadResult(
        key,
        presigned.url().toString(),
        "PUT",
        headers,
        Instant.now().plus(PRESIGN_TTL).getEpochSecond());
  }

  /** Checks a directly uploaded object: owner, exact size, sniffed type, an image's size. */
  public StoredFile complete(long userId, String key) {
    RBucket<String> pending = pending(key);
    String value = pending.get();
    if (value == null) {
      throw new DomainException(ErrorCode.UPLOAD_NOT_FOUND);
    }
    String[] parts = value.split("\n", 5);
    if (Long.parseLong(parts[0]) != userId) {
      throw new DomainException(ErrorCode.UPLOAD_NOT_FOUND);
    }
    Purpose purpose = Purpose.valueOf(parts[1]);
    long size = Long.parseLong(parts[2]);
    String declared = parts[3];
    String name = parts[4];
    HeadObjectResponse head;
    try {
      head = s3.headObject(h -> h.bucket(config.bucket()).key(key));
    } catch (NoSuchKeyException e) {
      throw new DomainException(
          ErrorCode.UPLOAD_NOT_FOUND, "nothing was uploaded under this key yet");
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new DomainException(
            ErrorCode.UPLOAD_NOT_FOUND, "nothing was uploaded under this key yet");
      }
      throw e;
    }
    if (head.contentLength() != size) {
      throw discard(
          key,
          pending,
          new DomainException(
              ErrorCode.BAD_REQUEST, "uploaded size differs from the declared size"));
    }
    byte[] start = firstBytes(key, SNIFF_BYTES);
    String sniffed = types.sniff(start, name);
    boolean consistent = purpose.accepts(sniffed) && matches(purpose, declared, sniffed, name);
    if (!consistent) {
      throw discard(
          key,
          pending,
          new DomainException(
              ErrorCode.UPLOAD_TYPE_REJECTED,
              "the uploaded file is " + sniffed + ", not " + declared));
    }
    if (shownAsImage(kind(purpose, sniffed, name))) {
      Optional<ImageSize> pixels = ImageSize.read(start, sniffed);
      if (pixels.isEmpty() && size > start.length) {
        // the size comes later than the sniffed head (a photo's long metadata): read further
        pixels = ImageSize.read(firstBytes(key, ImageSize.HEADER_BYTES), sniffed);
      }
      try {
        ImageSize.require(pixels, sniffed);
      } catch (DomainException refused) {
        throw discard(key, pending, refused);
      }
    }
    pending.delete();
    return stored(key, name, size, sniffed, purpose);
  }

  /** The first {@code count} bytes of an uploaded object (fewer when it is shorter). */
  private byte[] firstBytes(String key, int count) {
    return s3.getObjectAsBytes(
            g -> g.bucket(config.bucket()).key(key).range("bytes=0-" + (count - 1)))
        .asByteArray();
  }

  /** Deletes a refused upload and forgets that it was pending; returns {@code refusal} to throw. */
  private DomainException discard(String key, RBucket<String> pending, DomainException refusal) {
    delete(key);
    pending.delete();
    return refusal;
  }

  /** Whether a file of this kind is shown as a picture (its size is checked before it is kept). */
  private static boolean shownAsImage(String kind) {
    return kind.equals("image") || kind.equals("gif");
  }

  @Override
  public void deleteAllOf(long userId) {
    List<String> prefixes = new ArrayList<>();
    for (Purpose purpose : Purpose.values()) {
      if (purpose == Purpose.FAVORITE || purpose == Purpose.IM) {
        List<String> kinds =
            purpose == Purpose.IM
                ? List.of("image", "video", "voice", "file")
                : List.of("image", "video", "file");
        for (String kind : kinds) {
          prefixes.add(purpose.prefix() + "/" + kind + "/" + userId + "/");
        }
      } else {
        prefixes.add(purpose.prefix() + "/" + userId + "/");
      }
    }
    for (String prefix : prefixes) {
      try {
        for (var page : s3.listObjectsV2Paginator(l -> l.bucket(config.bucket()).prefix(prefix))) {
          List<ObjectIdentifier> ids =
              page.contents().stream()
                  .map(o -> ObjectIdentifier.builder().key(o.key()).build())
                  .toList();
          if (!ids.isEmpty()) {
            s3.deleteObjects(d -> d.bucket(config.bucket()).delete(del -> del.objects(ids)));
          }
        }
      } catch (RuntimeException e) {
        log.warn("could not delete files under {} of deleted user {}", prefix, userId, e);
      }
    }
  }

  private StoredFile stored(String key, String name, long size, String mediaType, Purpose purpose) {
    return new StoredFile(
        key, config.objectUrl(key), name, size, mediaType, kind(purpose, mediaType, name));
  }

  /**
   * What a file is: for stickers image or gif; for chat media image, video, voice or file by name
   * and content ({@link ChatMediaKinds}, which refuses a name that lies); else image, video or file
   * by content.
   */
  private static String kind(Purpose purpose, String mediaType, String fileName) {
    return switch (purpose) {
      case EMOJI -> mediaType.equals("image/gif") ? "gif" : "image";
      case IM -> ChatMediaKinds.resolve(mediaType, fileName);
      default -> MediaTypes.kind(mediaType);
    };
  }

  /**
   * Whether the uploaded bytes are what the presigned upload declared: the same kind, and for
   * images and videos (served with the declared type) exactly the declared type.
   */
  private static boolean matches(Purpose purpose, String declared, String sniffed, String name) {
    if (purpose == Purpose.IM) {
      String expected = ChatMediaKinds.resolve(declared, name);
      String actual;
      try {
        actual = ChatMediaKinds.resolve(sniffed, name);
      } catch (DomainException lying) {
        return false;
      }
      return expected.equals(actual)
          && (!(actual.equals("image") || actual.equals("video")) || sniffed.equals(declared));
    }
    return MediaTypes.kind(declared).equals("file") || sniffed.equals(declared);
  }

  private void delete(String key) {
    s3.deleteObject(d -> d.bucket(config.bucket()).key(key));
  }

  private static String key(
      long userId, Purpose purpose, String kind, String mediaType, String fileName) {
    String folder =
        purpose == Purpose.FAVORITE || purpose == Purpose.IM
            ? purpose.prefix() + "/" + kind
            : purpose.prefix();
    return folder
        + "/"
        + userId
        + "/"
        + UUID.randomUUID()
        + "."
        + MediaTypes.extension(mediaType, fileName);
  }

  private static byte[] head(byte[] bytes) {
    return bytes.length <= SNIFF_BYTES ? bytes : java.util.Arrays.copyOf(bytes, SNIFF_BYTES);
  }

  private RBucket<String> pending(String key) {
    return redis.getBucket(RedisKeys.pendingUpload(key), StringCodec.INSTANCE);
  }
}
