package io.hichat.functions;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application that holds every function bean; started once per process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FunctionsApplication {}
