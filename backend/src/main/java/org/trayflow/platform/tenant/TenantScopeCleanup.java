package org.trayflow.platform.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import java.io.IOException;

/**
 * The safety net under request-bound scopes: whatever happened in a request, its thread goes back
 * to the pool with no tenant, so the next request on it cannot inherit one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class TenantScopeCleanup implements jakarta.servlet.Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } finally {
      TenantScope.forgetThreadScope();
    }
  }
}
