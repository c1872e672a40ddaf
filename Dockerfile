# evradar: build the jar with Maven, run it on a JRE. Used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY schemas schemas
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 evradar && mkdir -p /var/lib/evradar && chown evradar /var/lib/evradar
WORKDIR /opt/evradar
COPY --from=build /src/target/evradar.jar ./evradar.jar
COPY --from=build /src/target/lib ./lib
COPY src/main/resources/evradar/sample/articles.jsonl ./sample/articles.jsonl
USER evradar
ENV EVRADAR_STATE_DIR=/var/lib/evradar
VOLUME /var/lib/evradar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/evradar/evradar.jar"]
CMD ["run"]
