package org.acde.initiatives.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.acde.kernel.request.RequestId;

/** Sends the current request id downstream, so one id follows a request through every service it touches. */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String id = RequestId.current();
        if (id != null) {
            request.getHeaders().putSingle(RequestId.HEADER, id);
        }
    }
}
