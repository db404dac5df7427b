package cn.chuanyu.eventing.inbox;

/**
 * Marks an effect's failure that is not the event's fault and will pass: a service the effect asks is starting,
 * restarting or overloaded. The inbox keeps retrying such a failure, with backoff and the partition waiting, as it does
 * a database outage, instead of dead-lettering a good event after its attempts.
 */
public interface TransientFailure {}
