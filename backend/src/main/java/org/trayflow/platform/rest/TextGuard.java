package org.trayflow.platform.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.trayflow.platform.ExpectedFailure.Detail;
import org.trayflow.platform.Text;

/**
 * The one place where what a caller sends is checked before anything else reads it: path and query
 * parameters must be text; a JSON body is read against the type it is bound to (RequestText): text,
 * no null in a list, whole numbers exact and in range, dates in Trayflow's years. So a NUL byte,
 * {@code 1.5} portions or the year -999999999 is a 400 naming its field on every operation, never a
 * number silently cut or a 500 from PostgreSQL halfway through.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.ENTITY_CODER)
public class TextGuard implements ContainerRequestFilter, ReaderInterceptor {

  @Override
  public void filter(ContainerRequestContext request) {
    List<Detail> problems = new ArrayList<>();
    check(request.getUriInfo().getPathParameters(), problems);
    check(request.getUriInfo().getQueryParameters(), problems);
    if (!problems.isEmpty()) {
      throw new NotText(problems);
    }
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getMediaType() == null
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    List<Detail> problems = RequestText.problems(body, context.getGenericType());
    if (!problems.isEmpty()) {
      throw new NotText(problems);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static void check(MultivaluedMap<String, String> parameters, List<Detail> problems) {
    parameters.forEach(
        (name, values) ->
            values.forEach(
                value ->
                    Text.notText(value).ifPresent(why -> problems.add(new Detail(name, why)))));
    parameters
        .keySet()
        .forEach(
            name ->
                Text.notText(name)
                    .ifPresent(
                        why ->
                            problems.add(new Detail("(parameter)", "a parameter's name " + why))));
  }
}
