package io.hichat.functions.http;

import io.hichat.functions.common.DomainException;
import io.hichat.model.api.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * Reads the {@code file} part of a {@code multipart/form-data} body with Commons FileUpload's
 * streaming parser (a well-kept parser for a format full of edge cases), holding at most {@code
 * maxFileBytes} in memory.
 */
final class MultipartDecoder {

  private static final String FIELD = "file";

  private MultipartDecoder() {}

  static Upload decode(byte[] body, String contentType, long maxFileBytes) {
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
      throw new DomainException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE, "expected multipart/form-data with a file part");
    }
    Parser parser = new Parser();
    parser.setFileSizeMax(maxFileBytes);
    parser.setFileCountMax(8);
    try {
      FileItemInputIterator items = parser.getItemIterator(new BytesContext(body, contentType));
      while (items.hasNext()) {
        FileItemInput item = items.next();
        if (!item.isFormField() && FIELD.equals(item.getFieldName())) {
          byte[] bytes;
          try (InputStream in = item.getInputStream()) {
            bytes = in.readAllBytes();
          }
          if (bytes.length == 0) {
            throw new DomainException(ErrorCode.BAD_REQUEST, "file is empty");
          }
          return new Upload(cleanName(item.getName()), item.getContentType(), bytes);
        }
      }
    } catch (FileUploadSizeException e) {
      throw new DomainException(
          ErrorCode.UPLOAD_TOO_LARGE, "file must be at most " + maxFileBytes + " bytes");
    } catch (IOException | IllegalStateException e) {
      throw new DomainException(ErrorCode.BAD_REQUEST, "malformed multipart body");
    }
    throw new DomainException(ErrorCode.BAD_REQUEST, "multipart field 'file' is required");
  }

  private static String cleanName(String name) {
    if (name == null || name.isBlank()) {
      return "file";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static final class Parser
      extends AbstractFileUpload<RequestContext, DiskFileItem, DiskFileItemFactory> {

    @Override
    public FileItemInputIterator getItemIterator(RequestContext request)
        throws FileUploadException, IOException {
      return super.getItemIterator(request);
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(RequestContext request) {
      throw new UnsupportedOperationException("streaming only");
    }

    @Override
    public List<DiskFileItem> parseRequest(RequestContext request) {
      throw new UnsupportedOperationException("streaming only");
    }
  }

  private record BytesContext(byte[] body, String contentType) implements RequestContext {
    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public long getContentLength() {
      return body.length;
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(body);
    }

    @Override
    public boolean isMultipartRelated() {
      return false;
    }
  }
}
