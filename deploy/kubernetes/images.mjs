#!/usr/bin/env node
// Checks that docker-compose.yml and the Kubernetes base run the images the build makes (./mvnw -Pimages package):
// chuanyu/<module> for every module with the Jib extension, tagged with the project's version. A renamed module, a
// bumped version or a hand-edited tag that leaves one of the three behind fails here.
//
//   node images.mjs     exit 0 when they agree, else 1 with one line per disagreement
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const repository = join(dirname(fileURLToPath(import.meta.url)), "../..");
const read = (path) => readFileSync(join(repository, path), "utf8");

const pom = read("pom.xml");
const version = pom.match(/<artifactId>chuanyu-platform<\/artifactId>\s*<version>([^<]+)<\/version>/)[1];
const modules = [...pom.matchAll(/<module>([^<]+)<\/module>/g)]
  .map((m) => m[1])
  .filter((module) => {
    try {
      return read(`${module}/pom.xml`).includes("<artifactId>quarkus-container-image-jib</artifactId>");
    } catch {
      return false;
    }
  });

const faults = [];
if (modules.length === 0) faults.push("no module builds an image (quarkus-container-image-jib)");

const compose = parse(read("docker-compose.yml")).services;
const kustomization = parse(read("deploy/kubernetes/base/kustomization.yaml"));
const kubernetesTags = new Map((kustomization.images ?? []).map((i) => [i.name, i.newTag]));
for (const module of modules) {
  const name = `chuanyu/${module}`;
  const composeImage = compose[module]?.image;
  const expected = `${name}:\${CHUANYU_IMAGE_TAG:-${version}}`;
  if (composeImage !== expected) faults.push(`docker-compose.yml: ${module} runs ${composeImage}, expected ${expected}`);
  const deployment = read(`deploy/kubernetes/base/apps/${module}.yaml`);
  if (!new RegExp(`image: ${name}\\s*$`, "m").test(deployment)) {
    faults.push(`deploy/kubernetes/base/apps/${module}.yaml: its container image is not ${name}`);
  }
  if (kubernetesTags.get(name) !== version) {
    faults.push(`deploy/kubernetes/base/kustomization.yaml: images: ${name} has tag ${kubernetesTags.get(name)}, ` +
      `expected ${version}`);
  }
}
const images = new Set(modules.map((m) => `chuanyu/${m}`));
for (const name of kubernetesTags.keys()) {
  if (!images.has(name)) faults.push(`deploy/kubernetes/base/kustomization.yaml: images: ${name} is built by no module`);
}

for (const fault of faults) console.error(fault);
if (faults.length) process.exit(1);
console.log(`images agree: ${modules.map((m) => `chuanyu/${m}:${version}`).join(", ")}`);
