package org.trayflow.platform.tenant;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a platform operation that may see every tenant's data (registering or listing hospitals).
 * The scope is entered before any transaction starts, so the whole transaction runs in it.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AcrossTenants {}
