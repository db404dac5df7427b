package cn.chuanyu.gateway.portal;

import java.util.Optional;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A context's own OpenAPI document, or empty when its service could not give it. */
record ServiceDocument(String context, Optional<ObjectNode> document) {
}
