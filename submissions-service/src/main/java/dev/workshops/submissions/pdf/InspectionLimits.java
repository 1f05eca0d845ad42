package dev.workshops.submissions.pdf;

import java.time.Duration;

/**
 * How far reading one uploaded PDF may go before it is refused as a bomb: a tiny file may claim thousands of pages,
 * or hold a compressed object that expands a thousandfold.
 *
 * @param maxPages         pages read at most (claimed in the page tree or met while reading)
 * @param maxInflatedObject bytes a single compressed object may expand to
 * @param maxInflatedTotal  bytes all compressed objects together may expand to
 * @param timeLimit         time the reading of one file may take
 * @param maxScratchBytes   disk PDFBox may use for what it buffers while reading and rewriting
 */
public record InspectionLimits(int maxPages, long maxInflatedObject, long maxInflatedTotal, Duration timeLimit,
        long maxScratchBytes) {
}
