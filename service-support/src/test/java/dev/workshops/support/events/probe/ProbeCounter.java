package dev.workshops.support.events.probe;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "probe_counter")
public class ProbeCounter extends PanacheEntityBase {

    @Id
    @Column(name = "probe_key")
    public String key;
    public int value;
}
