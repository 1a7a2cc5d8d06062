package org.victimcompensation.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Teams from configuration ({@code compensation.teams}): who supervises whom, for the team-load view
 * and the console's list of people to assign. With OIDC, a program maps its groups here.
 */
@ConfigurationProperties("compensation")
record Teams(List<Team> teams) {

    Teams {
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    record Team(String name, List<String> supervisors, List<String> members) {
        Team {
            supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** The members of the team with this name; empty when no team has it. */
    Optional<Set<String>> members(String team) {
        return teams.stream().filter(t -> t.name().equals(team)).findFirst().map(t -> (Set<String>) new TreeSet<>(t.members()));
    }

    List<String> names() {
        return teams.stream().map(Team::name).toList();
    }

    /** Members of the teams the supervisor leads; empty when no team names them. */
    Optional<Set<String>> membersLedBy(String supervisor) {
        Set<String> members = new TreeSet<>();
        teams.stream().filter(t -> t.supervisors().contains(supervisor)).forEach(t -> members.addAll(t.members()));
        return members.isEmpty() ? Optional.empty() : Optional.of(members);
    }
}
