package fr.relanceiae.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void an_ipv4_address_counts_as_itself() {
        assertThat(ClientAddress.normalise("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6_addresses_of_one_64_bit_network_count_as_one() {
        assertThat(ClientAddress.normalise("2001:db8:85a3:42:1:2:3:4")).isEqualTo("2001:0db8:85a3:0042::/64");
        assertThat(ClientAddress.normalise("[2001:db8:85a3:42::ffff]")).isEqualTo("2001:0db8:85a3:0042::/64");
        assertThat(ClientAddress.normalise("2001:db8:85a3:43::1")).isEqualTo("2001:0db8:85a3:0043::/64");
    }

    @Test
    void an_ipv4_mapped_ipv6_address_counts_as_the_ipv4_address() {
        assertThat(ClientAddress.normalise("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
