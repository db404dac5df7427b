package cn.chuanyu.training.certificate;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The printers kept between prints. A printer holds the parsed font: parsing the 10 MB font anew for each PDF allocated
 * about 48 MB and took 13 ms of CPU, a kept printer 6.6 MB and 5 ms; with a few downloads at once the heap grew to its
 * limit. A printer serves one thread at a time, so each print borrows one (or makes one when all are busy) and gives it
 * back; at most {@code kept} wait idle, the rest are dropped, which bounds what the font tables hold.
 */
final class CertificatePrinters implements AutoCloseable {

    private final byte[] font;
    private final BlockingQueue<CertificatePrinter> idle;

    CertificatePrinters(byte[] font, int kept) {
        this.font = font;
        this.idle = new ArrayBlockingQueue<>(kept);
    }

    /** Work done with a printer of its own. */
    interface Work<T> {
        T with(CertificatePrinter printer) throws IOException;
    }

    /** What {@code work} makes with a printer of its own; a printer whose work failed is not used again. */
    <T> T print(Work<T> work) throws IOException {
        CertificatePrinter printer = idle.poll();
        if (printer == null) {
            printer = new CertificatePrinter(font);
        }
        T result;
        try {
            result = work.with(printer);
        } catch (IOException | RuntimeException | Error e) {
            printer.close();
            throw e;
        }
        if (!idle.offer(printer)) {
            printer.close();
        }
        return result;
    }

    @Override
    public void close() {
        for (CertificatePrinter printer = idle.poll(); printer != null; printer = idle.poll()) {
            printer.close();
        }
    }
}
