package cn.chuanyu.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded mail server's bound, on a real GreenMail server read over IMAP as a person would. */
class MailRetentionTest {

    private static final List<String> RECIPIENTS =
            List.of("fancong@test.chuanyu.example", "officer-chengdu@test.chuanyu.example", "li@test.chuanyu.example");

    private GreenMail server;

    @BeforeEach
    void start() {
        server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(new GreenMailConfiguration().withDisabledAuthentication());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void theNewestMessagesAcrossAllMailboxesAreKeptAndTheOlderOnesExpunged() throws Exception {
        for (int i = 0; i < 12; i++) {
            GreenMailUtil.sendTextEmail(
                    RECIPIENTS.get(i % 3),
                    "noreply@chuanyu.example",
                    "通知 " + i,
                    "正文 " + i,
                    server.getSmtp().getServerSetup());
            Thread.sleep(3); // distinct arrival times, so that "newest" is one order
        }

        assertThat(MailRetention.keepNewest(server, 5)).isEqualTo(7);

        List<String> left = new ArrayList<>();
        for (String recipient : RECIPIENTS) {
            left.addAll(subjectsOverImap(recipient));
        }
        assertThat(left).containsExactlyInAnyOrder("通知 7", "通知 8", "通知 9", "通知 10", "通知 11");
        assertThat(MailRetention.keepNewest(server, 5))
                .as("within the bound, nothing more goes")
                .isZero();
    }

    private List<String> subjectsOverImap(String user) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.getImap().getPort(), user, user);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : Arrays.asList(inbox.getMessages())) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
