package cn.gov.qztb.subsidy.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ one program at a time: each folder (its BPMN and forms, plus the shared
 * review forms in processes/shared/) is a deployment named after the folder. Camunda's
 * duplicate filtering compares it with the last deployment of that name, so an unchanged
 * program adds no version on restart and a changed one becomes the newest version, while the
 * other programs stay as they are. Forms are bound to their process by deployment.
 */
@Component
public class ProgramDeployer {

  public static final String SOURCE = "processes/";
  static final String SHARED = "shared";
  private static final Logger log = LoggerFactory.getLogger(ProgramDeployer.class);

  private final RepositoryService repository;
  private final String location;
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  /** @param location where the processes/ folder is, {@code classpath*:processes/} (in the jar) by default */
  public ProgramDeployer(RepositoryService repository,
      @Value("${subsidy.processes-location:classpath*:processes/}") String location) {
    this.repository = repository;
    this.location = location.endsWith("/") ? location : location + "/";
  }

  /** @return the deployments made (empty when nothing changed) */
  public List<Deployment> deployAll() {
    Map<String, List<Resource>> folders = programFolders();
    List<Resource> shared = folders.getOrDefault(SHARED, List.of());
    List<Deployment> made = new ArrayList<>();
    folders.forEach((folder, files) -> {
      if (folder.equals(SHARED)) {
        return;
      }
      DeploymentBuilder builder = repository.createDeployment()
          .name(folder)
          .source(SOURCE)
          .enableDuplicateFiltering(false);
      files.forEach(file -> add(builder, file));
      shared.forEach(file -> add(builder, file));
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      // a filtered duplicate comes back as the earlier deployment, without deployed definitions
      boolean changed = deployment.getDeployedProcessDefinitions() != null;
      if (changed) {
        made.add(deployment);
      }
      log.info("Program {}: {}", folder, changed ? "deployed as a new version" : "unchanged, nothing deployed");
    });
    return made;
  }

  private Map<String, List<Resource>> programFolders() {
    Map<String, List<Resource>> folders = new TreeMap<>();
    try {
      for (Resource resource : resolver.getResources(location + "*/*.*")) {
        String name = resourceName(resource);
        if (name.endsWith(".bpmn") || name.endsWith(".form") || name.endsWith(".dmn")) {
          folders.computeIfAbsent(name.substring(0, name.indexOf('/')), f -> new ArrayList<>()).add(resource);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folders;
  }

  /** e.g. noStopConstructionBonus/noStopConstructionBonus.bpmn or shared/township-verification.form */
  static String resourceName(Resource resource) {
    try {
      String url = resource.getURL().toString();
      return url.substring(url.lastIndexOf("/" + SOURCE) + SOURCE.length() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(DeploymentBuilder builder, Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      builder.addInputStream(resourceName(resource), in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
