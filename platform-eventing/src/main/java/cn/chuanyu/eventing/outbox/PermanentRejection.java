package cn.chuanyu.eventing.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Failures that sending the same record again can never cure, as opposed to an unreachable broker or a timeout: the
 * event itself is wrong for Kafka. Failures that concern every event (e.g. an authorization error) are not among them:
 * parking would only empty the outbox into the parking lot.
 */
final class PermanentRejection {

    private PermanentRejection() {}

    static boolean is(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof InvalidTopicException
                || failure instanceof InvalidRecordException
                || failure instanceof SerializationException;
    }
}
