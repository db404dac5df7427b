package cn.chuanyu.notification.email;

import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Bounds the mail an in-memory GreenMail server holds: the newest messages across all inboxes are kept, the older ones
 * expunged, as an IMAP client deleting them would.
 */
final class MailRetention {

    private record Held(MailFolder inbox, StoredMessage message) {}

    private MailRetention() {}

    /** @return how many messages were expunged */
    static int keepNewest(GreenMail server, int retained) throws FolderException {
        ImapHostManager imap = server.getManagers().getImapHostManager();
        List<Held> held = new ArrayList<>();
        for (GreenMailUser user : server.getUserManager().listUser()) {
            MailFolder inbox = imap.getInbox(user);
            inbox.getNonDeletedMessages().forEach(message -> held.add(new Held(inbox, message)));
        }
        int excess = held.size() - retained;
        if (excess <= 0) {
            return 0;
        }
        held.sort(Comparator.comparing(h -> h.message().getReceivedDate()));
        Set<MailFolder> touched = new LinkedHashSet<>();
        for (Held old : held.subList(0, excess)) {
            old.message().setFlag(Flags.Flag.DELETED, true);
            touched.add(old.inbox());
        }
        for (MailFolder inbox : touched) {
            inbox.expunge();
        }
        return excess;
    }
}
