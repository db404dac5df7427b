package cn.chuanyu.notification;

import io.quarkus.test.common.QuarkusTestResource;

/** The SMTP server and directory of {@link MailAndDirectory}, for every test class of this module (one boot). */
@QuarkusTestResource(MailAndDirectory.class)
public class NotificationTestResources {}
