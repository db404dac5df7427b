package cn.chuanyu.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/** The AsyncAPI document and the schemas must describe the same events, so partners can trust either. */
class ContractsConsistencyTest {

    private static final Path CONTRACTS = Path.of("src/main/resources/contracts");

    @Test
    void everyMessageOfTheAsyncApiDocumentHasItsSchemaAndEverySchemaIsAMessage() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (Map<String, Object> message : messages()) {
            String type = (String) message.get("name");
            @SuppressWarnings("unchecked")
            var payload = (Map<String, Object>) message.get("payload");
            @SuppressWarnings("unchecked")
            String ref = (String) ((Map<String, Object>) payload.get("schema")).get("$ref");
            assertThat(ref).as("schema of " + type).isEqualTo("./schemas/" + type + ".json");
            declared.add(type);
        }
        assertThat(declared).isEqualTo(schemaTypes());
    }

    @Test
    void everySchemaIsAValidDraft202012SchemaNamedAfterItsType() throws IOException {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (String type : schemaTypes()) {
            assertThat(type).matches("cn\\.chuanyu\\.(conference|alliance|training)\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");
            try (InputStream in = Files.newInputStream(CONTRACTS.resolve("schemas/" + type + ".json"))) {
                var schema = registry.getSchema(in, InputFormat.JSON);
                assertThat(schema.validate("{}", InputFormat.JSON))
                        .as(type + " must require its fields")
                        .isNotEmpty();
            }
        }
    }

    /** A message's examples are events a partner could receive: each honours the message's schema. */
    @Test
    @SuppressWarnings("unchecked")
    void everyExampleHonoursItsMessagesSchema() throws IOException {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        var json = JsonMapper.builder().build();
        for (Map<String, Object> message : messages()) {
            String type = (String) message.get("name");
            var examples = (List<Map<String, Object>>) message.getOrDefault("examples", List.of());
            for (Map<String, Object> example : examples) {
                try (InputStream in = Files.newInputStream(CONTRACTS.resolve("schemas/" + type + ".json"))) {
                    String payload = json.writeValueAsString(example.get("payload"));
                    assertThat(registry.getSchema(in, InputFormat.JSON).validate(payload, InputFormat.JSON))
                            .as(type + " example " + example.get("name"))
                            .isEmpty();
                }
            }
        }
    }

    /**
     * The topic declaration (contracts/topics.txt), from which every deployment provisions its topics, and the AsyncAPI
     * document's channels describe the same topics with the same settings.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyChannelIsADeclaredTopicWithTheDeclaredSettings() throws IOException {
        Map<String, String[]> declared = new TreeMap<>();
        for (String line : Files.readAllLines(CONTRACTS.resolve("topics.txt"))) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                String[] columns = line.strip().split("\\s+");
                declared.put(columns[0], columns);
            }
        }
        Map<String, Object> channels = (Map<String, Object>) document().get("channels");
        Set<String> addresses = new TreeSet<>();
        for (Object value : channels.values()) {
            var channel = (Map<String, Object>) value;
            String address = (String) channel.get("address");
            addresses.add(address);
            String[] topic = declared.get(address);
            assertThat(topic).as("declaration of " + address).isNotNull();
            var kafka = (Map<String, Object>) ((Map<String, Object>) channel.get("bindings")).get("kafka");
            assertThat(kafka.get("topic")).isEqualTo(address);
            assertThat(kafka.get("partitions")).as(address).isEqualTo(Integer.parseInt(topic[3]));
            assertThat(kafka.get("replicas")).as(address).isEqualTo(Integer.parseInt(topic[4]));
            var config = (Map<String, Object>) kafka.get("topicConfiguration");
            long days = Long.parseLong(topic[5].replace("d", ""));
            assertThat(((Number) config.get("retention.ms")).longValue())
                    .as(address)
                    .isEqualTo(days * 86_400_000L);
            assertThat(config.get("cleanup.policy")).as(address).isEqualTo(List.of(topic[6]));
            assertThat(channel.containsKey("messages"))
                    .as(address + ": contract and internal topics carry messages, dead-letter topics anything")
                    .isEqualTo(!topic[2].equals("dead-letter"));
        }
        assertThat(addresses).isEqualTo(declared.keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() throws IOException {
        try (InputStream in = Files.newInputStream(CONTRACTS.resolve("asyncapi.yaml"))) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages() throws IOException {
        try (InputStream in = Files.newInputStream(CONTRACTS.resolve("asyncapi.yaml"))) {
            Map<String, Object> document = new Yaml().load(in);
            var components = (Map<String, Object>) document.get("components");
            return new ArrayList<>(((Map<String, Map<String, Object>>) components.get("messages")).values());
        }
    }

    private static Set<String> schemaTypes() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS.resolve("schemas"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
