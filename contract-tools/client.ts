// A frontend team's client, written only against the generated types (no casts): if the documents stop describing
// what a client needs (required fields, nullability, problem bodies, page cursors), this file stops compiling.
import createClient from "openapi-fetch";
import type { paths as ConferencePaths, components as ConferenceComponents } from "./generated/conference";
import type { paths as AlliancePaths } from "./generated/alliance";
import type { paths as TrainingPaths } from "./generated/training";
import type { paths as NotificationPaths } from "./generated/notification";

const base = { baseUrl: "http://127.0.0.1:8080", headers: { "Accept-Language": "zh-CN" } };
const conference = createClient<ConferencePaths>(base);
const alliance = createClient<AlliancePaths>(base);
const training = createClient<TrainingPaths>(base);
const notifications = createClient<NotificationPaths>(base);

type Problem = ConferenceComponents["schemas"]["Problem"];

function describe(problem: Problem): string {
  const fields = (problem.errors ?? []).map((e) => `${e.field}: ${e.message}`).join("; ");
  return `${problem.status} ${problem.title}: ${problem.detail}${fields ? ` (${fields})` : ""}`;
}

export async function publishIntent(): Promise<string> {
  const { data, error } = await conference.POST("/api/conference/intents", {
    params: { header: { "Idempotency-Key": "3b1f6f0e-intent-1" } },
    body: {
      kind: "OFFER",
      title: "新型有机钾离子电池成果转化",
      summary: "寻求重庆化学、材料领域伙伴",
      disciplines: ["化学"],
    },
  });
  if (error) {
    return describe(error);
  }
  const institution: string | null = data.institution;
  return `${data.id} ${data.title} ${institution ?? "—"}`;
}

export async function readWholeBoard(): Promise<string[]> {
  const titles: string[] = [];
  let after: string | null = null;
  do {
    const query: { zone: string; size: number; after?: string } = { zone: "chengdu", size: 100 };
    if (after !== null) {
      query.after = after;
    }
    const { data, error } = await alliance.GET("/api/alliance/board-items", { params: { query } });
    if (error) {
      throw new Error(error.title);
    }
    for (const item of data.items) {
      const published: string | null = item.publishedAt;
      titles.push(`${item.title} ${published ?? "草稿"}`);
    }
    after = data.next;
  } while (after !== null);
  return titles;
}

export async function verifyCertificate(number: string, code: string): Promise<string> {
  const { data, error } = await training.GET("/api/training/certificate-verifications/{number}", {
    params: { path: { number }, query: { code } },
  });
  if (error) {
    return `${error.status} ${error.detail}`;
  }
  return `${data.status}`;
}

export async function readMyUnreadNotifications(): Promise<string[]> {
  const count = await notifications.GET("/api/notifications/notifications/mine/unread-count");
  if (count.error) {
    throw new Error(count.error.title);
  }
  const lines: string[] = [`${count.data.unread}`];
  const { data, error } = await notifications.GET("/api/notifications/notifications/mine", {
    params: { query: { unread: true, size: 100 } },
  });
  if (error) {
    throw new Error(error.title);
  }
  for (const item of data.items) {
    const link: string | null = item.link;
    const read: string | null = item.readAt;
    lines.push(`${item.title} ${item.body} ${link ?? ""} ${read ?? "未读"}`);
    const marked = await notifications.POST("/api/notifications/notifications/{id}/read", {
      params: { path: { id: item.id } },
    });
    if (marked.error) {
      lines.push(`${marked.error.status} ${marked.error.detail}`);
    }
  }
  return lines;
}
