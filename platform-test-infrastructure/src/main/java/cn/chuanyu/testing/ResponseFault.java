package cn.chuanyu.testing;

/**
 * One way a response breaks its OpenAPI document: the operation ({@code GET /papers/{id}}, or the request when no
 * operation matches), the status, where in the body (a JSON pointer, empty for the whole body or for a fault outside
 * it), what is wrong and the offending value (JSON, shortened; empty when there is none).
 */
public record ResponseFault(String operation, int status, String pointer, String message, String value) {

    @Override
    public String toString() {
        return operation + " -> " + status + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message
                + (value.isEmpty() ? "" : " (value: " + value + ")");
    }
}
