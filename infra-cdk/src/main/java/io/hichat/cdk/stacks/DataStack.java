package io.hichat.cdk.stacks;

import io.hichat.cdk.StageConfig;
import io.hichat.cdk.constructs.MediaStorage;
import io.hichat.cdk.constructs.Nag;
import java.util.List;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.docdb.DatabaseCluster;
import software.amazon.awscdk.services.docdb.Login;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticache.CfnServerlessCache;
import software.amazon.awscdk.services.rds.AuroraMysqlClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraMysqlEngineVersion;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * The data stores: Aurora MySQL Serverless v2 behind RDS Proxy (TLS required, rotated credentials),
 * MongoDB (a DocumentDB cluster, or an external URI from a secret), ElastiCache Serverless (Valkey,
 * TLS), and the media bucket with its CDN.
 */
public final class DataStack extends Stack {

  static final String DATABASE = "hichat";

  private final SecurityGroup dataSecurityGroup;
  private final ISecret mysqlSecret;
  private final DatabaseProxy mysqlProxy;
  private final CfnServerlessCache redis;
  private final MediaStorage media;
  private final String mongoUri;

  public DataStack(
      Construct scope, String id, StackProps props, StageConfig stage, NetworkStack network) {
    super(scope, id, props);
    IVpc vpc = network.vpc();
    dataSecurityGroup =
        SecurityGroup.Builder.create(this, "Stores")
            .vpc(vpc)
            .description("HiChat data stores: reachable from the compute group only")
            .allowAllOutbound(false)
            .build();
    SecurityGroup dataSg = dataSecurityGroup;
    for (int port : List.of(3306, 27017, 6379, 6380)) {
      dataSg.addIngressRule(network.computeSecurityGroup(), Port.tcp(port), "from HiChat compute");
    }
    SubnetSelection privateSubnets =
        SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build();

    var cluster =
        software.amazon.awscdk.services.rds.DatabaseCluster.Builder.create(this, "Mysql")
            .engine(
                DatabaseClusterEngine.auroraMysql(
                    AuroraMysqlClusterEngineProps.builder()
                        .version(AuroraMysqlEngineVersion.VER_3_10_0)
                        .build()))
            .credentials(Credentials.fromGeneratedSecret("hichat"))
            .defaultDatabaseName(DATABASE)
            .writer(
                ClusterInstance.serverlessV2(
                    "writer", ServerlessV2ClusterInstanceProps.builder().build()))
            .serverlessV2MinCapacity(stage.auroraMinAcu())
            .serverlessV2MaxCapacity(stage.auroraMaxAcu())
            .vpc(vpc)
            .vpcSubnets(privateSubnets)
            .securityGroups(List.of(dataSg))
            .storageEncrypted(true)
            .iamAuthentication(true)
            .deletionProtection(stage.retainData())
            .removalPolicy(Removal.ofDatabase(stage))
            .backup(
                software.amazon.awscdk.services.rds.BackupProps.builder()
                    .retention(Duration.days(stage.retainData() ? 14 : 1))
                    .build())
            .cloudwatchLogsExports(List.of("error", "slowquery"))
            .build();
    mysqlSecret = cluster.getSecret();
    cluster.addRotationSingleUser();
    if (!stage.retainData()) {
      Nag.accept(
          cluster, "RDS10", "a stage that keeps no data (dev) is disposable; prod sets retainData");
    }
    Nag.accept(cluster, "RDS11", "private subnets behind RDS Proxy; a moved port hides nothing");
    Nag.accept(
        cluster,
        "RDS14",
        "Backtrack is not available to Aurora Serverless v2; point-in-time restore covers it");
    mysqlProxy =
        cluster.addProxy(
            "Proxy",
            DatabaseProxyOptions.builder()
                .secrets(List.of(mysqlSecret))
                .vpc(vpc)
                .vpcSubnets(privateSubnets)
                .securityGroups(List.of(dataSg))
                .requireTls(true)
                .build());

    if ("documentdb".equals(stage.mongo())) {
      DatabaseCluster docdb =
          DatabaseCluster.Builder.create(this, "Mongo")
              .masterUser(Login.builder().username("hichat").build())
              .instanceType(new InstanceType(stage.documentDbInstanceType()))
              .instances(1)
              .vpc(vpc)
              .vpcSubnets(privateSubnets)
              .securityGroup(dataSg)
              .storageEncrypted(true)
              .exportAuditLogsToCloudWatch(true)
              .exportProfilerLogsToCloudWatch(true)
              .backup(
                  software.amazon.awscdk.services.docdb.BackupProps.builder()
                      .retention(Duration.days(stage.retainData() ? 14 : 7))
                      .build())
              .deletionProtection(stage.retainData())
              .removalPolicy(Removal.ofDatabase(stage))
              .build();
      docdb.addRotationSingleUser();
      Nag.accept(docdb, "DOC2", "private subnets, reachable from the compute group only");
      Nag.accept(
          docdb,
          "DOC3",
          "the master credentials are generated into Secrets Manager by the cluster construct and"
              + " rotated (addRotationSingleUser); the rule cannot read the secret reference");
      for (String event : List.of("authenticate", "createIndex", "dropCollection")) {
        Nag.accept(
            docdb,
            "DOC5[LogExport::" + event + "]",
            "audit log export is on; which audit events are recorded is the cluster parameter"
                + " group's audit_logs setting, left at DocumentDB's default");
      }
      ISecret secret = docdb.getSecret();
      // TLS with the RDS CA; DocumentDB has no retryable writes
      mongoUri =
          "mongodb://"
              + secret.secretValueFromJson("username").unsafeUnwrap()
              + ":"
              + secret.secretValueFromJson("password").unsafeUnwrap()
              + "@"
              + docdb.getClusterEndpoint().getSocketAddress()
              + "/hichat?tls=true&replicaSet=rs0&readPreference=secondaryPreferred"
              + "&retryWrites=false";
    } else {
      mongoUri = SecretValue.secretsManager(stage.mongoUriSecret()).unsafeUnwrap();
    }

    redis =
        CfnServerlessCache.Builder.create(this, "Redis")
            .engine("valkey")
            .majorEngineVersion("8")
            .serverlessCacheName("hichat-" + stage.name())
            .description("HiChat presence, caches, rate limits, codes")
            .securityGroupIds(List.of(dataSg.getSecurityGroupId()))
            .subnetIds(vpc.selectSubnets(privateSubnets).getSubnetIds())
            .snapshotRetentionLimit(stage.retainData() ? 7 : 0)
            .build();
    redis.applyRemovalPolicy(Removal.of(stage));

    media =
        new MediaStorage(
            this,
            "Media",
            new MediaStorage.Props(
                FunctionGrants.mediaBucketName(stage.name()),
                Removal.of(stage),
                stage.corsOrigins()));

    CfnOutput.Builder.create(this, "MediaBucket").value(media.bucket().getBucketName()).build();
    CfnOutput.Builder.create(this, "MediaCdn")
        .value("https://" + media.distribution().getDistributionDomainName())
        .build();
  }

  /** The JDBC URL through RDS Proxy, TLS required. */
  public String mysqlUrl() {
    return "jdbc:mysql://"
        + mysqlProxy.getEndpoint()
        + ":3306/"
        + DATABASE
        + "?sslMode=REQUIRED&serverTimezone=UTC";
  }

  public ISecret mysqlSecret() {
    return mysqlSecret;
  }

  /** Valkey over TLS (ElastiCache Serverless accepts TLS only). */
  public String redisUrl() {
    return "rediss://" + redis.getAttrEndpointAddress() + ":" + redis.getAttrEndpointPort();
  }

  /** The MongoDB URI, as a deploy-time secret reference. */
  public String mongoUri() {
    return mongoUri;
  }

  public SecurityGroup dataSecurityGroup() {
    return dataSecurityGroup;
  }

  public MediaStorage media() {
    return media;
  }
}
