package cn.chuanyu.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A record read back from Kafka: key, value (the CloudEvent data) and headers as text. */
public record PublishedEvent(String topic, int partition, String key, String data, Map<String, String> headers) {

    static PublishedEvent of(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new TreeMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return new PublishedEvent(record.topic(), record.partition(), record.key(), record.value(), headers);
    }

    public String id() {
        return headers.get("ce_id");
    }

    public String type() {
        return headers.get("ce_type");
    }

    public String header(String name) {
        return headers.get(name);
    }
}
