package org.trayflow.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the servlet container answers for the errors it meets itself, before any of Trayflow's code
 * runs: a path with an encoded dot or slash, a bad escape, a file that is not there, an exception
 * thrown past every handler. The API's callers get a problem document like every other API error; a
 * person in a browser gets a short page that sends them back to their start page. Neither shows a
 * stack trace, a class name or the path sent back. web.xml makes it the default error page, for
 * every status and exception.
 */
@WebServlet(urlPatterns = ContainerErrorPage.PATH)
public class ContainerErrorPage extends HttpServlet {

  static final String PATH = "/container-error";

  private static final Logger LOG = Logger.getLogger(ContainerErrorPage.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject CorrelationId correlationId;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = statusOf(request);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String id = correlationId.value();
    if (status >= 500 && failure != null) {
      LOG.log(
          Level.SEVERE,
          "Unexpected failure in the servlet container, correlation id " + id,
          failure);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader(CorrelationId.HEADER, id);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Problem problem = status >= 500 ? Problems.unexpected(id) : Problems.ofHttp(status, id);
    if (wantsProblem(request)) {
      response.setContentType(ProblemResponse.MEDIA_TYPE);
      response.getWriter().write(JSON.toJson(problem));
    } else {
      response.setContentType("text/html");
      response.getWriter().write(page(problem));
    }
  }

  private static int statusOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : 500;
    return status >= 400 && status <= 599 ? status : 500;
  }

  /** The API's paths, and any caller that asks for JSON rather than a page. */
  private static boolean wantsProblem(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String accept = request.getHeader("Accept");
    return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")
        || accept != null && accept.contains("json") && !accept.contains("text/html");
  }

  private static String page(Problem problem) {
    String what =
        problem.status() == 404
            ? "There is no such page in Trayflow."
            : problem.status() >= 500
                ? "Something went wrong on our side."
                : "Trayflow could not read that address or request.";
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>%1$s · Trayflow</title>
        <style>body{font-family:system-ui,sans-serif;margin:3rem auto;max-width:34rem;padding:0 1rem;line-height:1.5}
        small{color:#555}</style></head>
        <body><h1>%1$s</h1><p>%2$s</p><p><a href="/">Back to your start page</a></p>
        <p><small>If this keeps happening, quote reference %3$s to support.</small></p></body></html>
        """
        .formatted(problem.title(), what, problem.correlationId());
  }
}
