// Poison (issue 16): gp_services, gp_http and gp_app see this directory before /usr/include, so
// an SQLite header outside server/src/store/ fails to compile. Ask a repository (store/<table>.h).
#error "SQL belongs in gp_store (issue 16): SQLiteCpp/VariadicBind.h is included outside server/src/store/; call a repository function taking store::Conn& instead"
