package no.jobbstotte.localcloud;

import java.net.URI;

/**
 * The statistics dashboard ({@code dashboard/}), served on the HTTP API's origin and pointed at
 * the statistics bucket's latest publication in the local S3 with {@code ?data=}.
 */
public final class DashboardSite {

    public static final String PATH = "/dashboard/";
    /** The folder, relative to the repository's root. */
    public static final String FOLDER = "dashboard";

    private DashboardSite() {}

    /** The dashboard reading the latest publication; {@code view} is its address fragment ({@code tema=frivillige}), or empty. */
    public static URI url(LocalCloud cloud, String view) {
        return URI.create(cloud.httpApiUrl() + PATH + "index.html?data=" + dataUrl(cloud) + (view.isEmpty() ? "" : "#" + view));
    }

    public static URI url(LocalCloud cloud) {
        return url(cloud, "");
    }

    /** Where the publications are: {@code latest/} of the statistics bucket in the local S3. */
    public static String dataUrl(LocalCloud cloud) {
        return cloud.endpoints().s3() + "/" + cloud.bucketName("StatisticsBucket") + "/stats/v1/latest/";
    }
}
