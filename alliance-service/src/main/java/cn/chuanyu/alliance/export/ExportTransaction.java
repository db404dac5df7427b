package cn.chuanyu.alliance.export;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Statement;
import org.hibernate.Session;

/**
 * The transaction a streamed export reads in. The resource method has returned (and whatever it read with it) before
 * the file is written, so the rows are read in a transaction of their own, which also lets PostgreSQL send them in
 * batches (it does only with autocommit off). It spans the writing, so it lasts as long as the client takes to
 * download: hence its longer timeout.
 */
final class ExportTransaction {

    /** Ten minutes: a 100,000-row file takes seconds; a client slower than that keeps a connection busy till then. */
    static final int TIMEOUT_SECONDS = 600;

    private ExportTransaction() {}

    /** Runs the read in a new transaction that PostgreSQL refuses any write in and Hibernate keeps no snapshots for. */
    static void readOnly(Runnable read) {
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> {
            Session session = Panache.getEntityManager().unwrap(Session.class);
            session.setDefaultReadOnly(true);
            // must be the transaction's first statement
            session.doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction read only");
                }
            });
            read.run();
        });
    }
}
