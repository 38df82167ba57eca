package io.hichat.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;

/**
 * Prints {@code cdk.json}'s context with {@code stage} set, as the CDK CLI hands context to an app
 * ({@code CDK_CONTEXT_JSON}); {@code ./hichat synth} uses it to run the app without the CLI.
 */
public final class ContextJson {

  private ContextJson() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode context = (ObjectNode) json.readTree(new File(args[0])).get("context");
    context.put("stage", args[1]);
    System.out.print(json.writeValueAsString(context));
  }
}
