package cn.chuanyu.conference.manuscript;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every camera-ready test again with {@code store=s3} against a real S3-compatible server (S3Proxy): uploads inside the
 * window, and the proceedings ZIP, whose PDFs are read back from the bucket.
 */
@QuarkusTest
@TestProfile(S3Store.class)
class CameraReadyOnS3Test extends CameraReadyTest {}
