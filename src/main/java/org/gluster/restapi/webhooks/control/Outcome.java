package org.gluster.restapi.webhooks.control;

/** What one attempt got: the HTTP status when an answer came, else {@code error} says why not. */
record Outcome(Integer status, String error) {

    static Outcome answered(int status) {
        return new Outcome(status, status / 100 == 2 ? null : "HTTP " + status);
    }

    static Outcome failed(String error) {
        return new Outcome(null, error);
    }

    boolean delivered() {
        return status != null && status / 100 == 2;
    }
}
