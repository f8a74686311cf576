package org.acde.e2e.fuzz;

/** One bad request: what was bent, and the raw body and content type to send (body null for none). */
record Mutation(String what, String contentType, String body, String pathValue, String queryName, String queryValue) {

    static Mutation body(String what, String body) {
        return new Mutation(what, "application/json", body, null, null, null);
    }

    static Mutation body(String what, String contentType, String body) {
        return new Mutation(what, contentType, body, null, null, null);
    }

    static Mutation path(String what, String value) {
        return new Mutation(what, null, null, value, null, null);
    }

    static Mutation query(String what, String name, String value) {
        return new Mutation(what, null, null, null, name, value);
    }
}
