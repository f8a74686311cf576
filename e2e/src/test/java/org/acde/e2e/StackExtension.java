package org.acde.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;

/** Starts the stack before the first system test class (once per run) and points RestAssured at the gateway. */
public class StackExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Stack.start();
        RestAssured.baseURI = Stack.GATEWAY_URL;
        RestAssured.port = Stack.GATEWAY;
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
