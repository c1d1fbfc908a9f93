#include "http/http_server.h"

#include <sys/socket.h>

#include <algorithm>
#include <iostream>
#include <system_error>
#include <thread>

#include "http/api_error.h"
#include "http/auth.h"
#include "http/body_limits.h"
#include "http/close_connection.h"
#include "http/elastic_pool.h"
#include "http/response.h"
#include "http/routes.h"
#include "gp/error.h"
#include "http/security_headers.h"
#include "services/service_error.h"
#include "store/db_error.h"

namespace gp::server {

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

// A fixed 500 that cannot fail (no allocation beyond the strings; no JSON library).
static void write_internal_error(httplib::Response& res) {
  res.status = 500;
  res.content_provider_ = nullptr;
  res.content_length_ = 0;
  res.headers.clear();
  res.body =
      R"({"error":{"code":"internal","field":"","message":"服务器内部错误，请稍后再试","message_zh":"服务器内部错误，请稍后再试",)"
      R"("message_en":"internal server error, please try again later"}})";
  res.set_header("Content-Type", "application/json; charset=utf-8");
  res.set_header("Content-Length", std::to_string(res.body.size()));
  res.set_header("Connection", "close");
}

int default_thread_count() {
  const int cpus = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::clamp(4 * cpus, 16, 256);
}

HttpServer::HttpServer(AppContext& ctx) : ctx_(ctx), svr_(HeadLimits{}), router_(svr_), static_files_(ctx.options.site_dir) {
  ctx_.site_root = static_files_.root();
  trust_proxy(ctx_.options.trusted_proxy);  // client_address() behind nginx (docs/deploy.md)
  set_public_origin(ctx_.options.public_origin);
  configure_limits();
  install_edge_handlers();
  register_public_routes(router_, ctx_);
  register_calendar_routes(router_, ctx_);
  register_rules_routes(router_, ctx_);
  register_auth_routes(router_, ctx_);
  register_sms_routes(router_, ctx_);  // before the applications: /applications/claim is not a number
  register_application_routes(router_, ctx_);
  register_document_routes(router_, ctx_);
  register_engagement_routes(router_, ctx_);
  register_reservation_routes(router_, ctx_);
  register_notification_routes(router_, ctx_);
  register_admin_routes(router_, ctx_);
  register_kiosk_routes(router_, ctx_);
  register_board_routes(router_, ctx_);
  register_reserve_routes(router_, ctx_);
  register_consultation_routes(router_, ctx_);
  register_capacity_routes(router_, ctx_);
  register_indicator_routes(router_, ctx_);
  register_reliability_routes(router_, ctx_);
  register_administration_routes(router_, ctx_);
  register_pool_routes(router_, ctx_);
  register_cost_consultation_routes(router_, ctx_);  // rule P4 (issue 11)
  register_contractor_routes(router_, ctx_);   // issue 11, rule P3
  register_publication_routes(router_, ctx_);  // issue 11, rule P3
  // Issue 11, rules M6/M5.
  register_case_routes(router_, ctx_);
  register_callback_routes(router_, ctx_);
  register_openapi_routes(router_, ctx_);
}

void HttpServer::configure_limits() {
  const ServeOptions& o = ctx_.options;
  svr_.set_payload_max_length(o.max_body_bytes);  // larger bodies: 413 (answered by the error handler)
  svr_.set_read_timeout(10, 0);
  svr_.set_write_timeout(10, 0);
  svr_.set_keep_alive_max_count(100);
  svr_.set_keep_alive_timeout(5);
  svr_.set_tcp_nodelay(true);  // small JSON answers should not wait for Nagle
  // httplib's default also sets SO_REUSEPORT, which lets a second server bind the same port and
  // silently take half the connections. SO_REUSEADDR alone still allows a quick restart.
  svr_.set_socket_options([this](socket_t sock) {
    int yes = 1;
    ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listen_fd_ = sock;  // the listening socket: bind() widens its backlog
  });
  // One thread per open connection (httplib's model): `threads` kept ready, growing to
  // --max-threads. A fixed pool made connection N+1 wait for another to close (elastic_pool.h).
  const std::size_t threads = static_cast<std::size_t>(o.threads > 0 ? o.threads : default_thread_count());
  const std::size_t max_threads = std::max(threads, static_cast<std::size_t>(o.max_threads));
  raise_open_file_limit();  // every connection is a file
  return_large_buffers_to_the_system();
  svr_.new_task_queue = [threads, max_threads] { return new ElasticPool(threads, max_threads); };
}

void HttpServer::install_edge_handlers() {
  // Static files never reach httplib's router: non-API GET/HEAD are answered here, before any
  // regex matching, and only from the site root.
  svr_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    // httplib 0.11.4 applies the body size limit to Content-Length bodies only: a chunked body
    // would be read whole, however large. Browsers send Content-Length for every body we accept.
    if (req.has_header("Transfer-Encoding")) {
      write_json(res, 411, error_json(status_error(411), request_lang(req)));
      answer_then_close(res);  // the unread body must not be taken for a request
      return httplib::Server::HandlerResponse::Handled;
    }
    // Two Content-Lengths, or one that is not a plain number, are the ambiguity request smuggling
    // lives on: 400, and the connection ends (close_connection.h). (A length over the limit is
    // httplib's 413: it reads and discards the declared bytes first, so the framing holds.)
    // The Request is httplib's (a local of its process_request, passed here as const): the two
    // edits below are the only way to switch off what 0.11.4 would otherwise do right after this
    // handler returns. Both are documented workarounds (docs/deploy.md).
    auto& mutable_req = const_cast<httplib::Request&>(req);
    if (req.has_header("Content-Length")) {
      const std::string len = req.get_header_value("Content-Length");
      const bool number = !len.empty() && len.size() <= 19 && len.find_first_not_of("0123456789") == std::string::npos;
      if (req.get_header_value_count("Content-Length") > 1 || !number) {
        write_json(res, 400, error_json(status_error(400), request_lang(req)));
        answer_then_close(res);
        return httplib::Server::HandlerResponse::Handled;
      }
      // Per-route limits (body_limits.h), from the declared length, before the body is read.
      const std::size_t limit = body_limit_for(req.method, req.path, ctx_.options.max_body_bytes);
      if (std::stoull(len) > limit) {
        const std::string l = limit_text(limit);
        write_json(res, 413, error_json(make_error("payload_too_large", "", "请求内容过大（此地址最多 " + l + "）",
                                                   "request body too large (at most " + l + " here)"),
                                        request_lang(req), {{"limit_bytes", limit}}));
        answer_then_close(res);  // the body is never read (EdgeServer drains it briefly before closing)
        return httplib::Server::HandlerResponse::Handled;
      }
    } else if (req.method == "POST" || req.method == "PUT" || req.method == "PATCH") {
      // Without a length, 0.11.4 reads the body until the client closes, without any limit
      // (300 MB -> +300 MB resident). It does so in routing(), after this handler: 411 now.
      write_json(res, 411, error_json(status_error(411), request_lang(req)));
      answer_then_close(res);
      return httplib::Server::HandlerResponse::Handled;
    } else if (req.method == "DELETE" || req.method == "PRI") {
      // httplib would read these until close as well; without a length their body is empty
      // (RFC 9112 §6.3), which a Content-Length of 0 tells it.
      mutable_req.set_header("Content-Length", "0");
    }
    // Byte ranges: never httplib's (it would slice API answers and assemble multi-range answers
    // in memory). Downloads read the Range header themselves (byte_range.h).
    mutable_req.ranges.clear();
    if (is_api_path(req.path) || (req.method != "GET" && req.method != "HEAD"))
      return httplib::Server::HandlerResponse::Unhandled;
    static_files_.serve(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });

  // Handlers report failures by throwing ApiError; anything else is a bug and becomes a 500
  // without details (they go to the log).
  svr_.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    // A throttled route sets Retry-After before it throws 429 (track, anonymous reservations);
    // keep it through the reset below, or the client is never told how long to wait.
    const std::string retry_after = res.get_header_value("Retry-After");
    res.headers.clear();
    const Lang lang = request_lang(req);
    try {
      std::rethrow_exception(ep);
    } catch (const ApiError& e) {
      write_json(res, e.status(), error_json(e.error(), lang, e.extra()));
      if (e.status() == 429 && !retry_after.empty()) res.set_header("Retry-After", retry_after);
    } catch (const ServiceError& e) {
      write_json(res, e.status(), error_json(e.error(), lang));
      if (e.status() == 429) res.set_header("Retry-After", std::to_string(e.retry_after() > 0 ? e.retry_after() : 60));
    } catch (const std::system_error& e) {
      std::cerr << "error: " << req.method << " " << req.path << ": " << e.what() << std::endl;
      const bool full = e.code() == std::errc::no_space_on_device || e.code() == std::errc::file_too_large;
      write_json(res, full ? 507 : 500, error_json(status_error(full ? 507 : 500), lang));
    } catch (const std::exception& e) {
      // A full disk under the data directory (issue 6): the transaction rolled back, nothing was
      // saved; say so (507) rather than "internal error". Reads go on; writes work again once
      // there is room. Other database failures stay 500.
      std::cerr << "error: " << req.method << " " << req.path << ": " << e.what() << std::endl;
      const int status = store::is_disk_full(e) ? 507 : 500;
      write_json(res, status, error_json(status_error(status), lang));
    } catch (...) {
      std::cerr << "error: " << req.method << " " << req.path << ": unknown exception" << std::endl;
      write_json(res, 500, error_json(status_error(500), lang));
    }
  });

  // Called by httplib for every status >= 400. Answers that already have a body came from a
  // handler; the rest are httplib's own (route miss, 413, malformed request) and get the JSON
  // shape here. A miss on a known path under another method is 405 with Allow.
  svr_.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req,
                                                                      httplib::Response& res) {
    // Runs outside httplib's exception handler: a throw here would end the connection unanswered.
    try {
      return answer_error(req, res);
    } catch (const std::exception& e) {
      std::cerr << "error: " << req.method << " " << req.path << ": error handler: " << e.what() << std::endl;
      write_internal_error(res);
      return httplib::Server::HandlerResponse::Unhandled;
    }
  }));

  svr_.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    try {
      apply_security_headers(req, res);
    } catch (const std::exception& e) {  // outside httplib's exception handler, like the above
      std::cerr << "error: " << req.method << " " << req.path << ": post-routing: " << e.what() << std::endl;
      write_internal_error(res);
    }
  });
}

httplib::Server::HandlerResponse HttpServer::answer_error(const httplib::Request& req, httplib::Response& res) {
  {
    if (!res.body.empty() || res.content_provider_) return httplib::Server::HandlerResponse::Unhandled;
    int status = res.status;
    if (status == 404) {
      const std::vector<std::string> allowed =
          is_api_path(req.path) ? router_.allowed_methods(req.path) : std::vector<std::string>{"GET", "HEAD"};
      if (!allowed.empty()) {
        status = 405;
        res.set_header("Allow", join(allowed));
      }
    }
    write_json(res, status, error_json(status_error(status), request_lang(req)));
    // On this path httplib has already passed the point where it sets Content-Length.
    res.headers.erase("Content-Length");
    res.set_header("Content-Length", std::to_string(res.body.size()));
    // Unhandled: httplib must not apply the request's Range header to an error body.
    return httplib::Server::HandlerResponse::Unhandled;
  }
}

int HttpServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? svr_.bind_to_any_port(host) : svr_.bind_to_port(host, port) ? port : -1;
  // httplib 0.11.4 listens with a backlog of 5: in a burst of new connections the sixth waits for
  // a SYN retransmission (1 s, then 3 s...). Listening again on the same socket only widens the
  // queue (up to net.core.somaxconn).
  if (bound > 0 && listen_fd_ >= 0) ::listen(listen_fd_, SOMAXCONN);
  return bound;
}

bool HttpServer::listen() { return svr_.listen_after_bind(); }

void HttpServer::stop() { svr_.stop(); }

}  // namespace gp::server
