package io.hichat.cdk.constructs;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.HttpVersion;
import software.amazon.awscdk.services.cloudfront.PriceClass;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/**
 * The media bucket (private, TLS only, versioned, lifecycle rules), its access-log bucket, and the
 * CloudFront distribution that serves media through origin access control. Clients upload with
 * presigned URLs straight to the bucket (CORS allows the configured origins to PUT).
 */
public final class MediaStorage extends Construct {

  /**
   * @param corsOrigins browser origins allowed to PUT with a presigned URL ({@code *} when empty)
   */
  public record Props(String bucketName, RemovalPolicy removal, List<String> corsOrigins) {}

  private final Bucket bucket;
  private final Bucket logBucket;
  private final Distribution distribution;

  public MediaStorage(Construct scope, String id, Props props) {
    super(scope, id);
    boolean destroy = props.removal() == RemovalPolicy.DESTROY;
    logBucket =
        Bucket.Builder.create(this, "AccessLogs")
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .encryption(BucketEncryption.S3_MANAGED)
            .enforceSsl(true)
            // CloudFront writes its standard logs with ACLs
            .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("expire-logs")
                        .expiration(Duration.days(90))
                        .build()))
            .removalPolicy(props.removal())
            .autoDeleteObjects(destroy)
            .build();
    Nag.accept(logBucket, "S1", "this is the access-log bucket; logging it into itself would loop");

    bucket =
        Bucket.Builder.create(this, "Media")
            .bucketName(props.bucketName())
            .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
            .encryption(BucketEncryption.S3_MANAGED)
            .enforceSsl(true)
            .versioned(true)
            .serverAccessLogsBucket(logBucket)
            .serverAccessLogsPrefix("s3/")
            .cors(
                List.of(
                    CorsRule.builder()
                        .allowedMethods(List.of(HttpMethods.PUT, HttpMethods.GET, HttpMethods.HEAD))
                        .allowedOrigins(
                            props.corsOrigins().isEmpty() ? List.of("*") : props.corsOrigins())
                        .allowedHeaders(List.of("*"))
                        .maxAge(3000)
                        .build()))
            .lifecycleRules(
                List.of(
                    LifecycleRule.builder()
                        .id("abort-incomplete-uploads")
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build(),
                    LifecycleRule.builder()
                        .id("old-versions")
                        .noncurrentVersionTransitions(
                            List.of(
                                NoncurrentVersionTransition.builder()
                                    .storageClass(StorageClass.INFREQUENT_ACCESS)
                                    .transitionAfter(Duration.days(30))
                                    .build()))
                        .noncurrentVersionExpiration(Duration.days(90))
                        .build(),
                    LifecycleRule.builder()
                        .id("cold-media")
                        .transitions(
                            List.of(
                                Transition.builder()
                                    .storageClass(StorageClass.INTELLIGENT_TIERING)
                                    .transitionAfter(Duration.days(30))
                                    .build()))
                        .build()))
            .removalPolicy(props.removal())
            .autoDeleteObjects(destroy)
            .build();

    distribution =
        Distribution.Builder.create(this, "Cdn")
            .comment("HiChat media")
            .defaultBehavior(
                BehaviorOptions.builder()
                    .origin(S3BucketOrigin.withOriginAccessControl(bucket))
                    .viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
                    .allowedMethods(AllowedMethods.ALLOW_GET_HEAD)
                    .cachePolicy(CachePolicy.CACHING_OPTIMIZED)
                    .build())
            .httpVersion(HttpVersion.HTTP2_AND_3)
            .priceClass(PriceClass.PRICE_CLASS_100)
            .enableLogging(true)
            .logBucket(logBucket)
            .logFilePrefix("cloudfront/")
            .build();
    Nag.accept(
        distribution,
        "CFR1",
        "a messenger's media is served worldwide; no country is blocked by default");
    Nag.accept(
        distribution,
        "CFR2",
        "media objects are static and unguessable keys; WAF in front of them is left to operators");
    Nag.accept(
        distribution,
        "CFR4",
        "the default *.cloudfront.net certificate is used until a stage configures its own domain;"
            + " viewers are redirected to HTTPS");
  }

  public Bucket bucket() {
    return bucket;
  }

  public Bucket logBucket() {
    return logBucket;
  }

  public Distribution distribution() {
    return distribution;
  }
}
