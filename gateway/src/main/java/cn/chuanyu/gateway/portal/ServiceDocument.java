package cn.chuanyu.gateway.portal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** A context's own OpenAPI document, or empty when its service could not give it. */
record ServiceDocument(String context, Optional<ObjectNode> document) {}
