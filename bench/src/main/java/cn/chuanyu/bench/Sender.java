package cn.chuanyu.bench;

import java.util.concurrent.CompletionStage;

/** Sends a request without blocking the caller; the answer (or failure) arrives later. */
interface Sender {

    CompletionStage<Reply> send(Call call);

    /** What the benchmark keeps of an answer: its status and, for creates, where the new resource is. */
    record Reply(int status, String location) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
