package dev.workshops.registration.checkin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CheckInRequest(@NotBlank @Size(max = 128) String ticketCode) {
}
