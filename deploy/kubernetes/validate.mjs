#!/usr/bin/env node
// Validates rendered Kubernetes objects (a multi-document YAML stream, e.g. `kubectl kustomize overlays/prod`), without
// a cluster: core API objects against the Kubernetes schemas of the npm package kubernetes-models, and the operators'
// custom resources (Strimzi, CloudNativePG, Keycloak) against the openAPIV3Schema of their CRDs vendored in crds/
// (crds/README.md says which release each comes from). Custom resources are checked strictly: a field the CRD does not
// declare is an error (the API server would silently drop it), as are a kind or an apiVersion no schema knows.
//
//   node validate.mjs NAME < rendered.yaml     exit 0 when every object is valid, else 1 with one line per fault
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));

/** The core kinds the manifests use, by apiVersion/kind, and the module of kubernetes-models that models each. */
const CORE = {
  "v1/ConfigMap": "kubernetes-models/v1/ConfigMap",
  "v1/Namespace": "kubernetes-models/v1/Namespace",
  "v1/Secret": "kubernetes-models/v1/Secret",
  "v1/Service": "kubernetes-models/v1/Service",
  "v1/ServiceAccount": "kubernetes-models/v1/ServiceAccount",
  "v1/PersistentVolumeClaim": "kubernetes-models/v1/PersistentVolumeClaim",
  "apps/v1/Deployment": "kubernetes-models/apps/v1/Deployment",
  "autoscaling/v2/HorizontalPodAutoscaler": "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler",
  "networking.k8s.io/v1/Ingress": "kubernetes-models/networking.k8s.io/v1/Ingress",
  "networking.k8s.io/v1/NetworkPolicy": "kubernetes-models/networking.k8s.io/v1/NetworkPolicy",
  "policy/v1/PodDisruptionBudget": "kubernetes-models/policy/v1/PodDisruptionBudget",
};

/** Makes a CRD schema strict: objects that list their properties accept no others, unless the CRD says otherwise. */
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (schema === null || typeof schema !== "object") return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-kubernetes-")) continue; // Kubernetes' extensions are no JSON Schema keywords
    out[key] = key === "properties" ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strict(v)])) : strict(value);
  }
  if (
    schema.properties &&
    schema.additionalProperties === undefined &&
    !schema["x-kubernetes-preserve-unknown-fields"]
  ) {
    out.additionalProperties = false;
  }
  return out;
}

function crdValidators(ajv) {
  const validators = new Map();
  const directory = join(here, "crds");
  for (const file of readdirSync(directory).filter((f) => f.endsWith(".yaml"))) {
    for (const document of parseAllDocuments(readFileSync(join(directory, file), "utf8"))) {
      const crd = document.toJS();
      if (crd?.kind !== "CustomResourceDefinition") continue;
      for (const version of crd.spec.versions) {
        if (!version.served) continue;
        const schema = strict(version.schema.openAPIV3Schema);
        // every object has these at its root, whether the CRD lists them or not; metadata is the API server's, the
        // same for every kind (metadataFaults checks its names and labels)
        schema.properties = {
          ...schema.properties,
          apiVersion: { type: "string" },
          kind: { type: "string" },
          metadata: { type: "object" },
        };
        const key = `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`;
        validators.set(key, { file, validate: ajv.compile(schema) });
      }
    }
  }
  return validators;
}

/** Checks Kubernetes' own rules that no schema states: names, and that every object is named. */
function metadataFaults(object) {
  const faults = [];
  const name = object.metadata?.name;
  if (!name) faults.push("metadata.name is missing");
  else if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253) {
    faults.push(`metadata.name "${name}" is not a DNS subdomain name`);
  }
  for (const [key, value] of Object.entries(object.metadata?.labels ?? {})) {
    if (typeof value !== "string") faults.push(`label ${key} is not a string`);
    else if (value.length > 63 || !/^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(value)) {
      faults.push(`label ${key}="${value}" is not a valid label value`);
    }
  }
  return faults;
}

export async function validateStream(text) {
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  const crds = crdValidators(ajv);
  const faults = [];
  const counts = new Map();
  const documents = parseAllDocuments(text);
  for (const document of documents) {
    if (document.errors.length) {
      faults.push(`YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    const apiVersion = object.apiVersion ?? "?";
    const kind = object.kind ?? "?";
    const label = `${kind} ${object.metadata?.name ?? "(no name)"}`;
    metadataFaults(object).forEach((f) => faults.push(`${label}: ${f}`));
    const key = `${apiVersion}/${kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (CORE[key]) {
      const module = await import(CORE[key]);
      const Model = Object.values(module).find((v) => typeof v === "function" && v.kind === kind);
      try {
        new Model(object).validate();
      } catch (e) {
        faults.push(`${label} (${key}): ${e.message}`);
      }
    } else if (crds.has(key)) {
      const { file, validate } = crds.get(key);
      if (!validate(object)) {
        for (const error of validate.errors) {
          const where = error.instancePath || "/";
          const extra = error.params?.additionalProperty ? ` "${error.params.additionalProperty}"` : "";
          faults.push(`${label} (${key}, crds/${file}): ${where} ${error.message}${extra}`);
        }
      }
    } else {
      faults.push(`${label}: no schema for ${key} (add its CRD to crds/ or its model to validate.mjs)`);
    }
  }
  return { faults, counts };
}

async function main() {
  const name = process.argv[2] ?? "stdin";
  const { faults, counts } = await validateStream(readFileSync(0, "utf8"));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (faults.length) {
    faults.forEach((f) => console.error(`${name}: ${f}`));
    console.error(`${name}: ${faults.length} fault(s) in ${total} object(s)`);
    process.exit(1);
  }
  const kinds = [...counts.entries()].map(([k, n]) => `${n} ${k.split("/").pop()}`).join(", ");
  console.log(`${name}: ${total} objects valid (${kinds})`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
