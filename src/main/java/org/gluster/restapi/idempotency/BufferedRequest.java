package org.gluster.restapi.idempotency;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/** The request with the bytes read for the fingerprint put back in front of whatever was not read. */
final class BufferedRequest extends HttpServletRequestWrapper {

    private final InputStream content;

    BufferedRequest(HttpServletRequest request, byte[] read, InputStream rest) {
        super(request);
        this.content = new SequenceInputStream(new ByteArrayInputStream(read), rest);
    }

    @Override
    public ServletInputStream getInputStream() {
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = content.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = content.read(bytes, offset, length);
                finished = n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                return finished;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body was read already; no asynchronous reads");
            }
        };
    }
}
